package dev.newsgraph.store.sql;

import dev.newsgraph.store.SearchHit;
import dev.newsgraph.store.SnippetPart;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Full-text search over articles' titles and texts, best first, in the engine's own full-text
 * index (the {@link Dialect} holds its SQL). Not thread-safe.
 */
record ArticleSearch(Statements sql, Dialect dialect) {
    /** How many of the newest matching articles a search ranks by relevance. */
    static final int SEARCH_WINDOW = 5_000;

    /*
     * The engine marks the matches in a snippet with strings no article holds: private-use
     * characters around a number drawn afresh by each process, so that no text (brackets, these
     * characters, markers copied from an earlier answer) can pass for a mark.
     */
    private static final String NONCE = Long.toHexString(new SecureRandom().nextLong() | Long.MIN_VALUE);
    static final String OPEN = "\uE000" + NONCE + "\uE001";
    static final String CLOSE = "\uE002" + NONCE + "\uE003";

    void search(String text, int limit, Consumer<SearchHit> sink) throws SQLException {
        String match = dialect.matchParam(text);
        if (match == null) {
            return;
        }
        // rank the matches by relevance among the newest SEARCH_WINDOW of them: a word in half of a million
        // articles would otherwise have every one of them scored before the first hit is shown
        Long lowest = null;
        try (ResultSet rs = sql.bind(dialect.recentMatchSql(), match, SEARCH_WINDOW - 1).executeQuery()) {
            if (rs.next()) {
                lowest = rs.getLong(1);
            }
        }
        Object[] params = lowest == null ? new Object[] {match, limit} : new Object[] {match, lowest, limit};
        List<Long> best = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try (ResultSet rs = sql.bind(dialect.rankSql(lowest != null), params).executeQuery()) {
            while (rs.next()) {
                best.add(rs.getLong(1));
                scores.add(rs.getDouble(2));
            }
        }
        // the shown matches' snippets, one lookup each, rather than a snippet of every match ranked
        for (int i = 0; i < best.size(); i++) {
            try (ResultSet rs = sql.bind(dialect.hitSql(OPEN, CLOSE), match, best.get(i)).executeQuery()) {
                if (rs.next()) {
                    List<SnippetPart> parts = parts(rs.getString(5));
                    sink.accept(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            display(parts), parts, scores.get(i)));
                }
            }
        }
    }

    /** A snippet marked with {@link #OPEN} and {@link #CLOSE} in pieces; a mark left open runs to the end. */
    static List<SnippetPart> parts(String marked) {
        List<SnippetPart> parts = new ArrayList<>();
        if (marked == null) {
            return parts;
        }
        int pos = 0;
        while (pos < marked.length()) {
            int open = marked.indexOf(OPEN, pos);
            if (open < 0) {
                parts.add(new SnippetPart(marked.substring(pos), false));
                break;
            }
            if (open > pos) {
                parts.add(new SnippetPart(marked.substring(pos, open), false));
            }
            int from = open + OPEN.length();
            int close = marked.indexOf(CLOSE, from);
            int end = close < 0 ? marked.length() : close;
            if (end > from) {
                parts.add(new SnippetPart(marked.substring(from, end), true));
            }
            pos = close < 0 ? marked.length() : close + CLOSE.length();
        }
        return parts;
    }

    /** The snippet to read: the marked pieces in [brackets]. */
    static String display(List<SnippetPart> parts) {
        StringBuilder b = new StringBuilder();
        for (SnippetPart p : parts) {
            b.append(p.marked() ? "[" + p.text() + "]" : p.text());
        }
        return b.toString();
    }
}
