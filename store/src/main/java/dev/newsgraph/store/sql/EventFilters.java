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
    /**
     * The filter's conditions, with the date range on {@code dayColumn} (the events' own, or a copy
     * beside their actors), and a circle's events read from the index of points.
     */
    Where where(QueryFilter f, String dayColumn) throws SQLException {
        return where(f, dayColumn, true);
    }

    /**
     * The filter's conditions; {@code pointIndex} says whether a circle's events are read from the
     * index of points (every event in the circle's box, as an aggregate needs them all) or each
     * event met in another order (by day, by actor) is tested, which finds a page of the latest
     * sooner where the circle holds many events ({@link #fewInBox}).
     */
    Where where(QueryFilter f, String dayColumn, boolean pointIndex) throws SQLException {
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
            near(w, f.near(), pointIndex);
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
     * Events whose place lies in the circle: the box around it narrows them (read from the index of
     * points, or tested on each event), then the great-circle distance decides (SQLite's and
     * PostgreSQL's own sin and cos, so both stores keep the same events).
     */
    private void near(Where w, Near near, boolean pointIndex) {
        Near.Box box = near.box();
        if (pointIndex && box.wraps()) {
            // two boxes, one each side of the antimeridian
            w.and("(" + dialect.eventInBoxSql() + " OR " + dialect.eventInBoxSql() + ")",
                    box.west(), box.south(), 180.0, box.north(), -180.0, box.south(), box.east(), box.north());
        } else if (pointIndex) {
            w.and(dialect.eventInBoxSql(), box.west(), box.south(), box.east(), box.north());
        } else {
            w.and("ev.lat BETWEEN ? AND ?", box.south(), box.north());
            if (box.wraps()) {
                w.and("(ev.lon >= ? OR ev.lon <= ?)", box.west(), box.east());
            } else {
                w.and("ev.lon BETWEEN ? AND ?", box.west(), box.east());
            }
        }
        // the haversine term, compared with its value at the radius (it grows with the distance), so
        // that no rounding can take asin past 1
        double lat = Math.toRadians(near.lat());
        double most = Math.pow(Math.sin(near.km() / Near.EARTH_RADIUS_KM / 2), 2);
        w.and("power(sin((radians(ev.lat) - ?) / 2), 2) + ? * cos(radians(ev.lat)) * power(sin((radians(ev.lon) - ?) / 2), 2)"
                + " <= ?", lat, Math.cos(lat), Math.toRadians(near.lon()), most);
    }

    /**
     * What reading one of the box's events costs (its id from the index of points, the row looked
     * up, sorted), in rows of the walk by day: measured at a million articles (docs/store.md).
     */
    private static final double BOX_ROW_COST = 4;

    /**
     * Whether the circle's box holds few enough events that reading them all from the index of
     * points and sorting them by day finds the latest {@code limit} sooner than walking every event
     * by day and testing each. Reading the box costs {@link #BOX_ROW_COST} rows of the walk for each
     * of its n events; the walk, where the box's events are spread over time like the rest, about
     * {@code limit} × all / n rows: the box is cheaper while n < √(limit × all / BOX_ROW_COST). A
     * count that stops at that bound says which.
     */
    boolean fewInBox(Near near, int limit) throws SQLException {
        long all;
        try (ResultSet rs = sql.bind("SELECT COALESCE(MAX(id), 0) FROM events").executeQuery()) {
            all = rs.next() ? rs.getLong(1) : 0;
        }
        long bound = (long) Math.ceil(Math.sqrt((double) limit * all / BOX_ROW_COST));
        if (bound >= Integer.MAX_VALUE) {
            return true;
        }
        Near.Box box = near.box();
        long n = box.wraps()
                ? count(bound, box.west(), box.south(), 180.0, box.north()) + count(bound, -180.0, box.south(), box.east(), box.north())
                : count(bound, box.west(), box.south(), box.east(), box.north());
        return n < bound;
    }

    /** The located events in a box that does not wrap, counted up to {@code bound}. */
    private long count(long bound, double west, double south, double east, double north) throws SQLException {
        try (ResultSet rs = sql.bind("SELECT COUNT(*) FROM (" + dialect.pointsInBoxSql() + " LIMIT ?) box",
                west, south, east, north, bound).executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
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
