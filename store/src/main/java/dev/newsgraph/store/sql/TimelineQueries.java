package dev.newsgraph.store.sql;

import dev.newsgraph.store.QueryFilter;
import dev.newsgraph.store.TimelineRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Events and reports per day and type, earliest first. One actor's timeline and the whole
 * corpus's are read from tallies kept at write time (a few index rows at any corpus size); other
 * filters aggregate the events they keep, to the same counts. Not thread-safe.
 */
record TimelineQueries(Statements sql, ActorLookup actors, EventFilters filters) {
    void timeline(QueryFilter f, Consumer<TimelineRow> sink) throws SQLException {
        Long one = actors.one(f.actor());
        if (one != null && f.country() == null && f.text() == null && f.near() == null) {
            tallied("actor_timeline", new Where().and("actor = ?", one), f, sink);
            return;
        }
        if (f.actor() == null && f.country() == null && f.text() == null && f.near() == null) {
            // the whole timeline (by type and dates at most)
            tallied("day_types", new Where(), f, sink);
            return;
        }
        Where w = filters.where(f, "ev.day").and("ev.day IS NOT NULL");
        read("SELECT ev.day, ev.type, COUNT(*), SUM(ev.reports) FROM events ev" + w.sql()
                + " GROUP BY ev.day, ev.type ORDER BY ev.day, ev.type LIMIT ?", w.params(f.limit()), sink);
    }

    /** A timeline read from a tally table (per actor, or the whole corpus), with the filter's type and dates. */
    private void tallied(String table, Where t, QueryFilter f, Consumer<TimelineRow> sink) throws SQLException {
        if (f.type() != null) {
            t.and("type = ?", f.type().toUpperCase(Locale.ROOT));
        }
        t.days("day", f.from(), f.to());
        read("SELECT day, type, events, reports FROM " + table + t.sql() + " ORDER BY day, type LIMIT ?",
                t.params(f.limit()), sink);
    }

    /** Runs a query of (day, type, events, reports) and hands on its rows. */
    private void read(String query, Object[] params, Consumer<TimelineRow> sink) throws SQLException {
        try (ResultSet rs = sql.bind(query, params).executeQuery()) {
            while (rs.next()) {
                sink.accept(new TimelineRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
    }
}
