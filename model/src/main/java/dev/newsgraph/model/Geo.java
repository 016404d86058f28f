package dev.newsgraph.model;

/**
 * Where a place is: its GeoNames entry and point, as far as the evidence of the article goes.
 *
 * @param geonames  the GeoNames id, e.g. "703448"; null where the point comes from elsewhere
 * @param name      the place's name in the gazetteer
 * @param lat       latitude, degrees north
 * @param lon       longitude, degrees east
 * @param country   ISO 3166-1 alpha-3 of the country it lies in
 * @param admin1    the first-level division it lies in, e.g. "Kyiv City"
 * @param feature   the GeoNames feature code, e.g. PPLC for a capital
 * @param precision how fine the point is: city, admin1 or country
 */
public record Geo(String geonames, String name, double lat, double lon, String country, String admin1,
                  String feature, String precision) {
}
