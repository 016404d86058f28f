package dev.newsgraph.store.sql;

import dev.newsgraph.store.PlaceRow;
import dev.newsgraph.store.QueryFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The located events a filter keeps, counted per point and type: the places with most events
 * first, as many as the filter's limit. The events are the ones the events query finds (the
 * same {@link EventFilters}). Not thread-safe.
 */
record PlaceQueries(Statements sql, EventFilters filters) {
    void places(QueryFilter f, Consumer<PlaceRow> sink) throws SQLException {
        Where w = filters.where(f, "ev.day").and("ev.lat IS NOT NULL");
        Map<List<Double>, Counted> points = new LinkedHashMap<>();
        try (ResultSet rs = sql.bind("SELECT ev.lat, ev.lon, MIN(ev.place_name), MIN(ev.place_country),"
                + " MIN(ev.place_precision), ev.type, COUNT(*) FROM events ev" + w.sql()
                + " GROUP BY ev.lat, ev.lon, ev.type ORDER BY ev.lat, ev.lon, ev.type", w.params()).executeQuery()) {
            while (rs.next()) {
                List<Double> at = List.of(rs.getDouble(1), rs.getDouble(2));
                Counted c = points.get(at);
                if (c == null) {
                    c = new Counted(rs.getString(3), rs.getString(4), rs.getString(5), new LinkedHashMap<>());
                    points.put(at, c);
                }
                c.types().merge(rs.getString(6), rs.getLong(7), Long::sum);
            }
        }
        List<PlaceRow> rows = new ArrayList<>();
        points.forEach((at, c) -> {
            Map<String, Long> types = new LinkedHashMap<>();
            c.types().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> types.put(e.getKey(), e.getValue()));
            rows.add(new PlaceRow(at.get(0), at.get(1), c.name(), c.country(), c.precision(),
                    types.values().stream().mapToLong(Long::longValue).sum(), types));
        });
        rows.sort(Comparator.comparingLong(PlaceRow::events).reversed().thenComparing(PlaceRow::name,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingDouble(PlaceRow::lat));
        rows.stream().limit(f.limit()).forEach(sink);
    }

    /** A point's name, country and precision (from its first row) and its events per type. */
    private record Counted(String name, String country, String precision, Map<String, Long> types) {
    }
}
