package dev.newsgraph.store.sql;

import dev.newsgraph.store.Near;
import dev.newsgraph.store.QueryFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The filters of the queries over events (events, timeline, network) as conditions on the events
 * table {@code ev}: one reading of a {@link QueryFilter} for all three, so that they agree on
 * which events a filter keeps. Not thread-safe.
 */
record EventFilters(Statements sql, Dialect dialect, ActorLookup actors) {
    /** The filter's conditions, with the date range on {@code dayColumn} (the events' own, or a copy beside their actors). */
    Where where(QueryFilter f, String dayColumn) throws SQLException {
        Where w = new Where();
        if (f.type() != null) {
            w.and("ev.type = ?", f.type().toUpperCase(Locale.ROOT));
        }
        w.days(dayColumn, f.from(), f.to());
        if (f.actor() != null) {
            List<Long> ids = actors.ids(f.actor());
            if (ids.isEmpty()) {
                w.and("1 = 0");
            } else if (ids.size() == 1 && isCommon(ids.get(0))) {
                // a common actor: walk the events in date order and keep its own (finds LIMIT rows fast)
                w.and("EXISTS (SELECT 1 FROM event_actors x WHERE x.actor = ? AND x.event = ev.id)", ids.get(0));
            } else {
                w.and("ev.id IN (SELECT event FROM event_actors WHERE actor IN (" + "?,".repeat(ids.size() - 1) + "?))",
                        ids.toArray());
            }
        }
        if (f.country() != null) {
            // the country an event concerns: where it happened, or whose actor took part in it
            String country = f.country().toUpperCase(Locale.ROOT);
            w.and("(ev.place_country = ? OR EXISTS (SELECT 1 FROM event_actors x JOIN actors c ON c.id = x.actor"
                    + " WHERE x.event = ev.id AND c.country = ?))", country, country);
        }
        if (f.near() != null) {
            near(w, f.near());
        }
        if (f.text() != null) {
            String match = dialect.matchParam(f.text());
            if (match != null) {
                w.and("EXISTS (SELECT 1 FROM reports r WHERE r.event = ev.id AND r.seq IN " + dialect.matchingArticlesSql()
                        + ")", match);
            }
        }
        return w;
    }

    /**
     * Events whose place lies in the circle: the box around it narrows them to a range of the
     * (lat, lon) index, then the great-circle distance decides (SQLite's and PostgreSQL's own
     * sin and cos, so both stores keep the same events).
     */
    private static void near(Where w, Near near) {
        Near.Box box = near.box();
        w.and("ev.lat BETWEEN ? AND ?", box.south(), box.north());
        if (box.wraps()) {
            w.and("(ev.lon >= ? OR ev.lon <= ?)", box.west(), box.east());
        } else {
            w.and("ev.lon BETWEEN ? AND ?", box.west(), box.east());
        }
        // the haversine term, compared with its value at the radius (it grows with the distance), so
        // that no rounding can take asin past 1
        double lat = Math.toRadians(near.lat());
        double most = Math.pow(Math.sin(near.km() / Near.EARTH_RADIUS_KM / 2), 2);
        w.and("power(sin((radians(ev.lat) - ?) / 2), 2) + ? * cos(radians(ev.lat)) * power(sin((radians(ev.lon) - ?) / 2), 2)"
                + " <= ?", lat, Math.cos(lat), Math.toRadians(near.lon()), most);
    }

    /**
     * Whether an actor appears in more than one article in a hundred: then walking events in
     * date order meets its own soon, while collecting all its events first would not be cheap.
     */
    private boolean isCommon(long actor) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT a.articles * 100 > (SELECT COALESCE(MAX(seq), 0) FROM articles)"
                + " FROM actors a WHERE a.id = ?", actor).executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
