package dev.newsgraph.store.sql;

import dev.newsgraph.store.ActorRow;
import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.linking.RecordKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Actors across articles: the most named (all time from the actors' own counts, a date range from
 * the per-day tallies, text by counting the matching articles' entities), one actor by id, and
 * the roles articles give an actor. Not thread-safe.
 */
record ActorQueries(Statements sql, Dialect dialect, ActorLookup actors) {
    private static final String COLUMNS = "ac.id, ac.name, ac.type, ac.country, ac.sector, ac.kb";

    /**
     * The actors that hold across articles, most named first: an actor of one article alone (an unnamed speaker,
     * "a spokesman", "a senior White House official") is not listed, as it names no one another article can name;
     * its quotes and events stay in theirs.
     */
    void entities(QueryFilter f, Consumer<ActorRow> sink) throws SQLException {
        Where w = actors.named(new Where(), "ac.id", f.actor());
        w.and("ac.key NOT LIKE ?", RecordKeys.ARTICLE_ALONE_KEYS);
        if (f.type() != null) {
            w.and("ac.type = ?", f.type().toUpperCase(Locale.ROOT));
        }
        if (f.country() != null) {
            w.and("ac.country = ?", f.country().toUpperCase(Locale.ROOT));
        }
        String query;
        if (f.from() == null && f.to() == null && f.text() == null) {
            query = "SELECT " + COLUMNS + ", ac.articles, ac.mentions FROM actors ac"
                    + w.sql() + " ORDER BY ac.articles DESC, ac.mentions DESC, ac.id LIMIT ?";
        } else if (f.text() == null) {
            // a date range alone: the per-actor, per-day tallies hold the very counts the entities would give
            w.days("d.day", f.from(), f.to());
            query = "SELECT " + COLUMNS + ", SUM(d.entities) AS n, SUM(d.mentions) AS m"
                    + " FROM actor_days d JOIN actors ac ON ac.id = d.actor" + w.sql()
                    + " GROUP BY " + COLUMNS + " ORDER BY n DESC, m DESC, ac.id LIMIT ?";
        } else {
            w.days("ar.day", f.from(), f.to());
            String match = dialect.matchParam(f.text());
            if (match != null) {
                w.and("e.seq IN " + dialect.matchingArticlesSql(), match);
            }
            query = "SELECT " + COLUMNS + ", COUNT(*) AS n, SUM(e.mentions) AS m"
                    + " FROM entities e JOIN articles ar ON ar.seq = e.seq JOIN actors ac ON ac.id = e.actor" + w.sql()
                    + " GROUP BY ac.id ORDER BY n DESC, m DESC, ac.id LIMIT ?";
        }
        for (ActorRow r : read(query, w.params(f.limit()))) {
            sink.accept(r);
        }
    }

    /** One actor by its id, with every name it goes by. */
    Optional<ActorRow> actor(long id) throws SQLException {
        return read("SELECT " + COLUMNS + ", ac.articles, ac.mentions FROM actors ac WHERE ac.id = ?", new Object[] {id})
                .stream().findFirst();
    }

    /** The roles the latest {@code articles} articles naming an actor give it, latest first, each once. */
    List<String> roles(long actorId, int articles) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (ResultSet rs = sql.bind("SELECT roles FROM entities WHERE actor = ? AND seq IN (SELECT DISTINCT seq FROM"
                + " entities WHERE actor = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq DESC, local", actorId, actorId, articles)
                .executeQuery()) {
            while (rs.next()) {
                String r = rs.getString(1);
                if (r != null && !r.isBlank()) {
                    for (String role : r.split("; ")) {
                        if (!roles.contains(role)) {
                            roles.add(role);
                        }
                    }
                }
            }
        }
        return roles;
    }

    /**
     * The actors of a query of ({@link #COLUMNS}, articles, mentions), each with the names it goes by.
     */
    private List<ActorRow> read(String query, Object[] params) throws SQLException {
        List<ActorRow> rows = new ArrayList<>();
        try (ResultSet rs = sql.bind(query, params).executeQuery()) {
            while (rs.next()) {
                rows.add(new ActorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), List.of(), rs.getLong(7), rs.getLong(8)));
            }
        }
        List<ActorRow> named = new ArrayList<>(rows.size());
        for (ActorRow r : rows) {
            named.add(new ActorRow(r.id(), r.name(), r.type(), r.country(), r.sector(), r.kb(), actors.names(r.id()),
                    r.articles(), r.mentions()));
        }
        return named;
    }
}
