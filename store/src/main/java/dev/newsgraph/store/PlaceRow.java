package dev.newsgraph.store;

import java.util.Map;

/**
 * One point on the map: the located events the filter keeps that happened there, per PLOVER type.
 *
 * @param name      the place's name in the gazetteer
 * @param country   ISO 3166-1 alpha-3 of the country it lies in
 * @param precision how fine the point is: city, admin1 or country
 * @param events    merged events located there
 * @param types     those events per PLOVER type, most first
 */
public record PlaceRow(double lat, double lon, String name, String country, String precision, long events,
                       Map<String, Long> types) {
    public PlaceRow {
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
    }
}
