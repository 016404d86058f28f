package dev.newsgraph.cli;

import dev.newsgraph.cli.store.TerminalText;
import dev.newsgraph.model.RecordCodec;
import java.io.PrintStream;

/**
 * Prints results as they come: one JSON value, a JSON array for several, JSON Lines, or text.
 * Streaming, so that a large JSON Lines input never waits in memory.
 */
final class RecordPrinter implements AutoCloseable {
    private final PrintStream out;
    private final OutputFormat format;
    private final boolean array;
    private int count;

    /** @param several whether more than one result may come (a JSON array for {@code json}) */
    RecordPrinter(PrintStream out, OutputFormat format, boolean several) {
        this.out = out;
        this.format = format;
        this.array = several && format == OutputFormat.json;
    }

    void print(Object value, String text) {
        switch (format) {
            case jsonl -> out.println(RecordCodec.toJson(value));
            case text -> {
                if (count > 0) {
                    out.println();
                }
                // text to read on a terminal: the article's own controls and escape sequences removed
                out.print(TerminalText.clean(text, true));
            }
            case json -> {
                if (array) {
                    out.print(count == 0 ? "[\n" : ",\n");
                    out.print(RecordCodec.toPrettyJson(value));
                } else {
                    out.println(RecordCodec.toPrettyJson(value));
                }
            }
        }
        count++;
        out.flush();
    }

    @Override
    public void close() {
        if (array) {
            out.println(count == 0 ? "[]" : "\n]");
        }
        out.flush();
    }
}
