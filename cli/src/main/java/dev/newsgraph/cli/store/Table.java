package dev.newsgraph.cli.store;

import dev.newsgraph.model.RecordCodec;
import dev.newsgraph.store.export.CsvWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a query, printed as an aligned text table (cells clipped, controls removed: see
 * {@link TerminalText}), CSV with a header, or a JSON array of the full row objects.
 */
final class Table {
    private static final int MAX_CELL = 60;
    /** Columns of running text get more room. */
    private static final java.util.Set<String> WIDE = java.util.Set.of("snippet", "evidence", "quote");
    private final List<String> columns;
    private final List<List<String>> cells = new ArrayList<>();
    /** The cells as given, for CSV: numbers stay numbers there (CsvWriter changes text only). */
    private final List<List<Object>> values = new ArrayList<>();
    private final List<Object> objects = new ArrayList<>();

    Table(String... columns) {
        this.columns = List.of(columns);
    }

    /** A row: its cells for table and CSV, the object for JSON. */
    void add(Object object, Object... row) {
        List<String> r = new ArrayList<>();
        List<Object> v = new ArrayList<>();
        for (Object c : row) {
            r.add(c == null ? "" : c.toString());
            v.add(c);
        }
        cells.add(r);
        values.add(v);
        objects.add(object);
    }

    int size() {
        return cells.size();
    }

    void print(PrintStream out, TableFormat format) {
        switch (format) {
            case json -> out.println(RecordCodec.toPrettyJson(objects));
            case csv -> {
                PrintWriter w = new PrintWriter(out);
                CsvWriter csv = new CsvWriter(w);
                csv.row(columns);
                values.forEach(csv::row);
                w.flush();
            }
            case table -> printTable(out);
        }
        out.flush();
    }

    private void printTable(PrintStream out) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (List<String> r : cells) {
                width[i] = Math.max(width[i], clip(r.get(i), max(i)).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, columns, width, this);
        for (int i = 0; i < width.length; i++) {
            b.append("-".repeat(width[i])).append(i + 1 < width.length ? "  " : "\n");
        }
        for (List<String> r : cells) {
            line(b, r, width, this);
        }
        out.print(b);
    }

    private int max(int column) {
        return WIDE.contains(columns.get(column)) ? 2 * MAX_CELL : MAX_CELL;
    }

    private static void line(StringBuilder b, List<String> row, int[] width, Table t) {
        for (int i = 0; i < width.length; i++) {
            String c = clip(row.get(i), t.max(i));
            b.append(c);
            if (i + 1 < width.length) {
                b.append(" ".repeat(width[i] - c.length() + 2));
            }
        }
        b.append('\n');
    }

    /** A cell on one line, safe for a terminal (article text may carry escape sequences), clipped to {@code max}. */
    private static String clip(String s, int max) {
        String one = TerminalText.clean(s.replaceAll("\\s+", " ").strip(), false);
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}
