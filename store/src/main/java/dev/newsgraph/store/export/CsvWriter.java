package dev.newsgraph.store.export;

import java.io.PrintWriter;
import java.util.List;

/** Writes RFC 4180 CSV: fields with a comma, quote or line break quoted, quotes doubled; CRLF-free (\n). */
public final class CsvWriter {
    private final PrintWriter out;

    public CsvWriter(PrintWriter out) {
        this.out = out;
    }

    public void row(List<?> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object f = fields.get(i);
            String s = f == null ? "" : f.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        out.print(b.append('\n'));
    }
}
