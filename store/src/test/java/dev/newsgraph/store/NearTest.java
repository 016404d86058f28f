package dev.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The circle of --near: its distances, its bounding box and the points it reads. */
class NearTest {
    @Test
    void distancesAreGreatCircleKilometres() {
        Near kyiv = new Near(50.45466, 30.5238, 1);
        // Kyiv to Kharkiv, about 410 km; to Lviv, about 468 km; a degree of latitude, 111.2 km
        assertEquals(409, kyiv.distanceKm(49.98081, 36.25272), 3);
        assertEquals(468, kyiv.distanceKm(49.83826, 24.02324), 3);
        assertEquals(111.2, new Near(0, 0, 1).distanceKm(1, 0), 0.1);
        // across the antimeridian the short way round
        assertEquals(111.2, new Near(0, 179.5, 1).distanceKm(0, -179.5), 0.1);
    }

    @Test
    void theBoxHoldsTheCircleAndWrapsAtTheAntimeridianAndPoles() {
        Near kyiv = new Near(50.45, 30.52, 500);
        Near.Box box = kyiv.box();
        assertFalse(box.wraps());
        // every point on the circle's edge lies in the box
        for (int bearing = 0; bearing < 360; bearing += 5) {
            double[] p = destination(50.45, 30.52, 500, bearing);
            assertTrue(p[0] >= box.south() - 1e-9 && p[0] <= box.north() + 1e-9, "lat " + bearing);
            assertTrue(p[1] >= box.west() - 1e-9 && p[1] <= box.east() + 1e-9, "lon " + bearing);
        }
        Near.Box fiji = new Near(-18.1, -179.9, 300).box();
        assertTrue(fiji.wraps());
        assertTrue(fiji.west() > 170 && fiji.east() < -170, fiji.toString());
        Near.Box pole = new Near(88, 10, 500).box();
        assertEquals(-180, pole.west());
        assertEquals(180, pole.east());
        assertEquals(90, pole.north());
    }

    @Test
    void aPointIsParsedOrRefusedWithItsReason() {
        Near n = Near.parse(" 50.45 , 30.52 ", 25);
        assertEquals(50.45, n.lat());
        assertEquals(30.52, n.lon());
        assertEquals(25, n.km());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Near.parse("Kyiv", 5)).getMessage()
                .contains("LAT,LON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Near.parse("91,0", 5)).getMessage()
                .contains("latitude"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Near.parse("0,181", 5)).getMessage()
                .contains("longitude"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Near.parse("0,0", 0)).getMessage()
                .contains("distance"));
        assertThrows(IllegalArgumentException.class, () -> Near.parse("NaN,0", 5));
        assertThrows(IllegalArgumentException.class, () -> Near.parse("0,0", 30000));
    }

    /** The point {@code km} from a start on a bearing (degrees from north), on the same sphere. */
    private static double[] destination(double lat, double lon, double km, double bearing) {
        double d = km / Near.EARTH_RADIUS_KM;
        double p1 = Math.toRadians(lat);
        double b = Math.toRadians(bearing);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = Math.toRadians(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[] {Math.toDegrees(p2), Math.toDegrees(l2)};
    }
}
