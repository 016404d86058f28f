package dev.newsgraph.store;

import java.util.Locale;

/**
 * A circle on the earth: the places within {@code km} kilometres of a point, by great-circle
 * distance on a sphere of the earth's mean radius (the error, under 0.5%, is far below how
 * precise a place named in the news is).
 *
 * @param lat latitude of the centre, degrees north (-90 to 90)
 * @param lon longitude of the centre, degrees east (-180 to 180)
 * @param km  the radius, kilometres (more than 0, at most half the earth's circumference)
 */
public record Near(double lat, double lon, double km) {
    /** The earth's mean radius, km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** The farthest two points on the earth can be apart, km. */
    public static final double MOST_KM = Math.PI * EARTH_RADIUS_KM;

    public Near {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180: " + lon);
        }
        if (!(km > 0 && km <= MOST_KM)) {
            throw new IllegalArgumentException("the distance must be more than 0 and at most "
                    + Math.round(MOST_KM) + " km: " + km);
        }
    }

    /** The circle around a point written {@code LAT,LON} ("50.45,30.52"). */
    public static Near parse(String latLon, double km) {
        String[] parts = latLon == null ? new String[0] : latLon.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a point must be LAT,LON in degrees (50.45,30.52): " + latLon);
        }
        try {
            return new Near(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), km);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a point must be LAT,LON in degrees (50.45,30.52): " + latLon);
        }
    }

    /** Great-circle distance from the centre to a point, km (haversine). */
    public double distanceKm(double toLat, double toLon) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(toLat);
        double dp = p2 - p1;
        double dl = Math.toRadians(toLon - lon);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Whether a point lies in the circle. */
    public boolean contains(double toLat, double toLon) {
        return distanceKm(toLat, toLon) <= km;
    }

    /**
     * The smallest latitude-longitude box holding the circle, for an index to narrow the search
     * before {@link #contains} decides. Where the circle reaches a pole the box spans every
     * longitude; where it crosses the antimeridian, {@code west > east} and the box wraps.
     */
    public Box box() {
        double r = km / EARTH_RADIUS_KM;
        double south = lat - Math.toDegrees(r);
        double north = lat + Math.toDegrees(r);
        if (south <= -90 || north >= 90) {
            return new Box(Math.max(south, -90), Math.min(north, 90), -180, 180);
        }
        // the widest longitude the circle reaches (its tangent meridians), not the centre's ± r
        double dLon = Math.toDegrees(Math.asin(Math.sin(r) / Math.cos(Math.toRadians(lat))));
        double west = lon - dLon;
        double east = lon + dLon;
        if (west < -180) {
            west += 360;
        }
        if (east > 180) {
            east -= 360;
        }
        return new Box(south, north, west, east);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s km of %.5f,%.5f", km, lat, lon);
    }

    /** A latitude-longitude box, degrees; it wraps the antimeridian where {@code west > east}. */
    public record Box(double south, double north, double west, double east) {
        public boolean wraps() {
            return west > east;
        }
    }
}
