package dev.newsgraph.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's search words as an FTS5 query: every word required, "quoted phrases" kept as
 * phrases, and nothing the user types read as FTS5 syntax (so no query can be malformed).
 */
final class FtsQuery {
    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private FtsQuery() {
    }

    /** The FTS5 query, or null where the text holds no word. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            String t = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[^\\p{L}\\p{N}\\s'-]+", " ").strip();
            if (!t.isEmpty()) {
                terms.add("\"" + t.replace("\"", "\"\"") + "\"");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }
}
