package dev.newsgraph.cli;

import dev.newsgraph.reading.BadInputException;
import dev.newsgraph.reading.InputReader;
import dev.newsgraph.reading.ReadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the inputs named on a command line, in order, handing each item to a consumer; a bad
 * input or item is reported on stderr as one line naming it, and counted.
 */
public final class Inputs {
    private final InputReader reader = new InputReader();
    private int bad;

    /** Reads every input; returns the number of inputs or items that could not be read. */
    public int each(List<String> inputs, String published, Consumer<ReadResult> sink) {
        for (String input : inputs) {
            try (Stream<ReadResult> items = input.equals("-")
                    ? reader.read("-", System.in, published)
                    : reader.read(Path.of(input), published)) {
                items.forEach(r -> {
                    if (r.ok()) {
                        if (r.warning() != null) {
                            // read, but not quite as written (a charset fallback, damaged markup): said, not counted
                            System.err.println("newsgraph: " + r.origin() + ": warning: " + r.warning());
                        }
                        sink.accept(r);
                    } else {
                        report(r.origin() + ": " + r.error());
                    }
                });
            } catch (BadInputException e) {
                report(e.getMessage());
            } catch (java.io.UncheckedIOException e) {
                report(input + ": cannot be read (" + e.getCause().getMessage() + ")");
            }
        }
        return bad;
    }

    public void report(String line) {
        bad++;
        System.err.println("newsgraph: " + line);
    }

    public int bad() {
        return bad;
    }
}
