package dev.newsgraph.store.sql;

import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.QuoteRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Quotes, latest first: {@code actor} filters the speaker, {@code type} the kind, {@code text}
 * the quote's own words (each word required), {@code country} the speaker's. Not thread-safe.
 */
record QuoteQueries(Statements sql, Dialect dialect, ActorLookup actors) {
    void quotes(QueryFilter f, Consumer<QuoteRow> sink) throws SQLException {
        Where w = actors.named(new Where(), "q.speaker", f.actor());
        if (f.type() != null) {
            w.and("q.kind = ?", f.type().toLowerCase(Locale.ROOT));
        }
        w.days("q.day", f.from(), f.to());
        if (f.country() != null) {
            w.and("q.speaker IN (SELECT id FROM actors WHERE country = ?)", f.country().toUpperCase(Locale.ROOT));
        }
        if (f.text() != null) {
            for (String word : f.text().strip().split("\\s+")) {
                w.contains("q.text", dialect.likeOperator(), word);
            }
        }
        String query = "SELECT q.speaker, q.text, q.kind, q.cue, q.channel, a.id, a.url, a.published, a.title"
                + " FROM quotes q JOIN articles a ON a.seq = q.seq" + w.sql() + " ORDER BY q.day DESC NULLS LAST, q.id DESC LIMIT ?";
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = sql.bind(query, w.params(f.limit())).executeQuery()) {
            while (rs.next()) {
                long sp = rs.getLong(1);
                rows.add(new Object[] {rs.wasNull() ? null : sp, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
            }
        }
        for (Object[] r : rows) {
            sink.accept(new QuoteRow((String) r[5], (String) r[6], (String) r[7], (String) r[8],
                    r[0] == null ? null : actors.ref((Long) r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
    }
}
