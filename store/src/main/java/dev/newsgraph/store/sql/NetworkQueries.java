package dev.newsgraph.store.sql;

import dev.newsgraph.store.EdgeRow;
import dev.newsgraph.store.QueryFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Who acted on whom: edges from source to target actor, the most events first, with their events
 * by type. One actor's network and the whole corpus's (by type at most) are the first rows of
 * index ranges over tallies kept at write time; other filters aggregate the events they keep, to
 * the same edges. Not thread-safe.
 */
record NetworkQueries(Statements sql, ActorLookup actors, EventFilters filters) {
    /** The order of edges: most events first, then by source and target. */
    private static final Comparator<Pair> HEAVIEST_FIRST = Comparator.comparingLong(Pair::events)
            .reversed().thenComparingLong(Pair::source).thenComparingLong(Pair::target);

    void network(QueryFilter f, Consumer<EdgeRow> sink) throws SQLException {
        String type = f.type() == null ? null : f.type().toUpperCase(Locale.ROOT);
        if (f.from() == null && f.to() == null && f.country() == null && f.text() == null && f.near() == null) {
            Long one = actors.one(f.actor());
            if (one != null) {
                networkOf(one, type, f.limit(), sink);
                return;
            }
            if (f.actor() == null) {
                whole(type, f.limit(), sink);
                return;
            }
        }
        aggregated(f, sink);
    }

    /** The whole network: the heaviest pairs (of one type) are the first rows of an index. */
    private void whole(String type, int limit, Consumer<EdgeRow> sink) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        if (type == null) {
            readPairs("SELECT source, target, events FROM actor_pairs ORDER BY events DESC, source, target LIMIT ?",
                    new Object[] {limit}, pairs);
        } else {
            readPairs("SELECT source, target, events FROM actor_edges WHERE type = ?"
                    + " ORDER BY events DESC, source, target LIMIT ?", new Object[] {type, limit}, pairs);
        }
        edgesOf(pairs, type, limit, sink);
    }

    /**
     * One actor's network from the tallies: its heaviest counterparts as source and as target are the
     * first rows of two index ranges (per pair, or per pair and type); the two are merged, and the
     * types of each edge kept read from {@code actor_edges}.
     */
    private void networkOf(long actor, String type, int limit, Consumer<EdgeRow> sink) throws SQLException {
        String table = type == null ? "actor_pairs" : "actor_edges";
        String typed = type == null ? "" : " AND type = ?";
        List<Pair> pairs = new ArrayList<>();
        Object[] asSource = type == null ? new Object[] {actor, limit} : new Object[] {actor, type, limit};
        Object[] asTarget = type == null ? new Object[] {actor, actor, limit} : new Object[] {actor, type, actor, limit};
        readPairs("SELECT source, target, events FROM " + table + " WHERE source = ?" + typed
                + " ORDER BY events DESC, target LIMIT ?", asSource, pairs);
        readPairs("SELECT source, target, events FROM " + table + " WHERE target = ?" + typed
                + " AND source <> ? ORDER BY events DESC, source LIMIT ?", asTarget, pairs);
        pairs.sort(HEAVIEST_FIRST);
        edgesOf(pairs, type, limit, sink);
    }

    /** The edges among the events the filter keeps (dates, country, text, a name of several actors), counted. */
    private void aggregated(QueryFilter f, Consumer<EdgeRow> sink) throws SQLException {
        Where w = filters.where(f, "ev.day").and("s.role = 'S'");
        if (f.actor() != null) {
            List<Long> ids = actors.ids(f.actor());
            String in = ids.isEmpty() ? "(NULL)" : "(" + "?,".repeat(ids.size() - 1) + "?)";
            List<Object> both = new ArrayList<>(ids);
            both.addAll(ids);
            w.and("(s.actor IN " + in + " OR t.actor IN " + in + ")", both.toArray());
        }
        String query = "SELECT s.actor, t.actor, ev.type, COUNT(*) FROM events ev"
                + " JOIN event_actors s ON s.event = ev.id JOIN event_actors t ON t.event = ev.id AND t.role = 'T'"
                + w.sql() + " GROUP BY s.actor, t.actor, ev.type";
        Map<List<Long>, Map<String, Long>> edges = new LinkedHashMap<>();
        try (ResultSet rs = sql.bind(query, w.params()).executeQuery()) {
            while (rs.next()) {
                edges.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new TreeMap<>())
                        .merge(rs.getString(3), rs.getLong(4), Long::sum);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (var e : edges.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            pairs.add(new Pair(e.getKey().get(0), e.getKey().get(1), total));
        }
        pairs.sort(HEAVIEST_FIRST);
        for (int i = 0; i < pairs.size() && i < f.limit(); i++) {
            Pair p = pairs.get(i);
            sink.accept(new EdgeRow(actors.ref(p.source()), actors.ref(p.target()), p.events(),
                    edges.get(List.of(p.source(), p.target()))));
        }
    }

    /**
     * The first {@code limit} pairs as edges, with their events by type ({@code type} alone where
     * given; else read for a chunk of pairs at a time in one query).
     */
    private void edgesOf(List<Pair> pairs, String type, int limit, Consumer<EdgeRow> sink) throws SQLException {
        List<Pair> first = pairs.subList(0, Math.min(limit, pairs.size()));
        Map<List<Long>, Map<String, Long>> types = new HashMap<>();
        if (type == null) {
            for (int from = 0; from < first.size(); from += Statements.CHUNK) {
                readTypes(first.subList(from, Math.min(first.size(), from + Statements.CHUNK)), types);
            }
        }
        for (Pair p : first) {
            Map<String, Long> t = type != null ? Map.of(type, p.events())
                    : types.getOrDefault(List.of(p.source(), p.target()), Map.of());
            sink.accept(new EdgeRow(actors.ref(p.source()), actors.ref(p.target()), p.events(), t));
        }
    }

    /** Adds the events by type of a chunk of pairs to {@code types}, keyed by (source, target). */
    private void readTypes(List<Pair> chunk, Map<List<Long>, Map<String, Long>> types) throws SQLException {
        int n = Statements.padded(chunk.size());
        Object[] params = new Object[2 * n];
        Arrays.fill(params, -1L);
        for (int i = 0; i < chunk.size(); i++) {
            params[2 * i] = chunk.get(i).source();
            params[2 * i + 1] = chunk.get(i).target();
        }
        try (ResultSet rs = sql.bind("SELECT source, target, type, events FROM actor_edges WHERE (source, target) IN"
                + " (VALUES " + "(?, ?), ".repeat(n - 1) + "(?, ?))", params).executeQuery()) {
            while (rs.next()) {
                types.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new TreeMap<>())
                        .put(rs.getString(3), rs.getLong(4));
            }
        }
    }

    private void readPairs(String query, Object[] params, List<Pair> into) throws SQLException {
        try (ResultSet rs = sql.bind(query, params).executeQuery()) {
            while (rs.next()) {
                into.add(new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
        }
    }

    /** A source and target actor with the events between them. */
    private record Pair(long source, long target, long events) {
    }
}
