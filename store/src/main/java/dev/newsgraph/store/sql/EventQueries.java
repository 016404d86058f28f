package dev.newsgraph.store.sql;

import dev.newsgraph.model.Geo;
import dev.newsgraph.store.ActorRef;
import dev.newsgraph.store.EventReport;
import dev.newsgraph.store.EventRow;
import dev.newsgraph.store.QueryFilter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The merged events a filter keeps, latest first, each with its actors and every report of it.
 * The events' own columns come from one query; their actors and reports are read for a chunk of
 * events at a time, so that a page costs a few queries and an export streams. Not thread-safe.
 */
record EventQueries(Statements sql, ActorLookup actors, EventFilters filters) {
    /** The columns of an event's place, columns 8 to 15 of the query. */
    private static final String PLACE = "ev.place_geonames, ev.place_name, ev.lat, ev.lon, ev.place_country,"
            + " ev.place_admin1, ev.place_feature, ev.place_precision";

    void events(QueryFilter f, Consumer<EventRow> sink) throws SQLException {
        List<Long> ids = f.actor() == null ? List.of() : actors.ids(f.actor());
        String query;
        Object[] params;
        if (!ids.isEmpty()) {
            // an actor's events: the actor's own index range in date order (an event appears once per role and
            // actor, its rows side by side), so the latest ones come first however many the actor has
            // (a circle then tests the actor's events one by one, found in their index)
            Where w = filters.where(f.withActor(null), "x.day", false).in("x.actor", ids);
            query = "SELECT ev.id, ev.type, ev.mode, ev.date, ev.day, ev.precision, ev.location, " + PLACE + " FROM event_actors x"
                    + " JOIN events ev ON ev.id = x.event" + w.sql()
                    + " ORDER BY x.day DESC NULLS LAST, x.event DESC LIMIT ?";
            params = w.params((int) Math.min((long) f.limit() * 3 * ids.size(), Integer.MAX_VALUE));
        } else {
            // a circle with many events in it: walk the events by day and test each, rather than sort them all
            Where w = filters.where(f, "ev.day", f.near() == null || filters.fewInBox(f.near(), f.limit()));
            query = "SELECT ev.id, ev.type, ev.mode, ev.date, ev.day, ev.precision, ev.location, " + PLACE + " FROM events ev"
                    + w.sql() + " ORDER BY ev.day DESC NULLS LAST, ev.id DESC LIMIT ?";
            params = w.params(f.limit());
        }
        List<EventHead> chunk = new ArrayList<>();
        try (PreparedStatement ps = sql.connection().prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long last = -1;
                int emitted = 0;
                while (emitted < f.limit() && rs.next()) {
                    long id = rs.getLong(1);
                    if (id == last) {
                        continue;
                    }
                    last = id;
                    long loc = rs.getLong(7);
                    Long location = rs.wasNull() ? null : loc;
                    chunk.add(new EventHead(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), location, place(rs)));
                    emitted++;
                    if (chunk.size() == Statements.CHUNK) {
                        emit(chunk, sink);
                    }
                }
            }
        }
        emit(chunk, sink);
    }

    /** Reads the actors and reports of a chunk of events (two queries), hands each event on, and empties the chunk. */
    private void emit(List<EventHead> chunk, Consumer<EventRow> sink) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Object[] ids = paddedIds(chunk);
        String in = "(" + "?,".repeat(ids.length - 1) + "?)";
        Map<Long, List<Long>> sources = new HashMap<>();
        Map<Long, List<Long>> targets = new HashMap<>();
        try (ResultSet rs = sql.bind("SELECT event, role, actor FROM event_actors WHERE event IN " + in
                + " AND role IN ('S', 'T') ORDER BY event, role, pos", ids).executeQuery()) {
            while (rs.next()) {
                (rs.getString(2).equals("S") ? sources : targets).computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(3));
            }
        }
        Map<Long, List<EventReport>> reports = new HashMap<>();
        try (ResultSet rs = sql.bind("SELECT r.event, a.id, a.url, a.source, a.published, a.title, r.local, r.modality,"
                + " r.confidence, r.evidence, a.added FROM reports r JOIN articles a ON a.seq = r.seq WHERE r.event IN " + in
                + " ORDER BY r.event, r.seq", ids).executeQuery()) {
            while (rs.next()) {
                reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EventReport(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getDouble(9), rs.getString(10), rs.getString(11)));
            }
        }
        for (EventHead h : chunk) {
            ActorRef location = h.location() == null ? null : actors.ref(h.location());
            sink.accept(new EventRow(h.id(), h.type(), h.mode(), h.date(), h.day(), h.precision(),
                    actors.refs(sources.get(h.id())), actors.refs(targets.get(h.id())), location, h.place(),
                    reports.getOrDefault(h.id(), List.of())));
        }
        chunk.clear();
    }

    /** The chunk's event ids, padded with -1 (no event) to {@link Statements#padded} length. */
    private static Object[] paddedIds(List<EventHead> chunk) {
        Object[] ids = new Object[Statements.padded(chunk.size())];
        Arrays.fill(ids, -1L);
        for (int i = 0; i < chunk.size(); i++) {
            ids[i] = chunk.get(i).id();
        }
        return ids;
    }

    /** The event's place from the query's columns 8 to 15, or null where it is not located. */
    private static Geo place(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(10);
        if (rs.wasNull()) {
            return null;
        }
        return new Geo(rs.getString(8), rs.getString(9), lat, rs.getDouble(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15));
    }

    /** An event's own columns, before its actors and reports are read. */
    private record EventHead(long id, String type, String mode, String date, String day, String precision, Long location,
                             Geo place) {
    }
}
