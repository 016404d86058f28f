package dev.newsgraph.store.export;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break quoted, quotes doubled; CRLF-free (\n).
 *
 * <p>CSV is opened in spreadsheets, which run a cell starting with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return before one) as a formula: article text
 * would then run in the reader's spreadsheet (CSV injection). As OWASP advises, such a text field
 * is written with a leading {@code '} and quoted, so that a spreadsheet shows it as text. Only
 * text is changed: numbers ({@link Number} fields, such as a count of -3) are written as they are,
 * so numeric columns stay numeric.
 */
public final class CsvWriter {
    private final PrintWriter out;
    private final boolean forSpreadsheets;

    /** CSV for people's spreadsheets: text that would run as a formula is written as text. */
    public CsvWriter(PrintWriter out) {
        this(out, true);
    }

    /** @param forSpreadsheets false for CSV only a program reads (a scratch file), which must keep text exactly */
    public CsvWriter(PrintWriter out, boolean forSpreadsheets) {
        this.out = out;
        this.forSpreadsheets = forSpreadsheets;
    }

    public void row(List<?> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object f = fields.get(i);
            String s = f == null ? "" : f.toString();
            boolean formula = forSpreadsheets && !(f instanceof Number) && startsLikeAFormula(s);
            if (formula) {
                s = "'" + s;
            }
            if (formula || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        out.print(b.append('\n'));
    }

    /** Whether a spreadsheet would read the text as a formula (OWASP's list of leading characters). */
    static boolean startsLikeAFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
