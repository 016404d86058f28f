package dev.newsgraph.store.sql;

import dev.newsgraph.store.SearchHit;
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
            try (ResultSet rs = sql.bind(dialect.hitSql(), match, best.get(i)).executeQuery()) {
                if (rs.next()) {
                    sink.accept(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), scores.get(i)));
                }
            }
        }
    }
}
