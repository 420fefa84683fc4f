package org.saytara.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A GeoJSON Polygon or MultiPolygon reduced to what the import needs: "is this point inside?" by
 * ray casting, with a bounding box to skip most polygons at once. Coordinates are lon/lat degrees;
 * at the size of a Syrian district the flat-plane test is exact enough (it only decides which
 * district a village point falls in). Metric geometry lives in {@code org.saytara.geo}.
 */
final class Polygons {
    /** Rings of every part, exterior and holes alike: the even-odd rule handles both. */
    private final List<double[]> rings;
    private final double minLon, minLat, maxLon, maxLat;

    private Polygons(List<double[]> rings) {
        this.rings = rings;
        double a = Double.MAX_VALUE, b = Double.MAX_VALUE, c = -Double.MAX_VALUE, d = -Double.MAX_VALUE;
        for (double[] r : rings) {
            for (int i = 0; i < r.length; i += 2) {
                a = Math.min(a, r[i]);
                c = Math.max(c, r[i]);
                b = Math.min(b, r[i + 1]);
                d = Math.max(d, r[i + 1]);
            }
        }
        minLon = a;
        minLat = b;
        maxLon = c;
        maxLat = d;
    }

    /** The polygon of a GeoJSON geometry, or null when it is not a (Multi)Polygon. */
    static Polygons of(JsonNode geometry) {
        if (geometry == null) return null;
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.get("coordinates");
        if (coords == null || !coords.isArray()) return null;
        List<double[]> rings = new ArrayList<>();
        if (type.equals("Polygon")) {
            addRings(rings, coords);
        } else if (type.equals("MultiPolygon")) {
            for (JsonNode polygon : coords) addRings(rings, polygon);
        } else {
            return null;
        }
        return rings.isEmpty() ? null : new Polygons(rings);
    }

    private static void addRings(List<double[]> out, JsonNode polygon) {
        for (JsonNode ring : polygon) {
            double[] r = new double[ring.size() * 2];
            for (int i = 0; i < ring.size(); i++) {
                r[2 * i] = ring.get(i).get(0).asDouble();
                r[2 * i + 1] = ring.get(i).get(1).asDouble();
            }
            if (r.length >= 6) out.add(r);
        }
    }

    boolean contains(double lon, double lat) {
        if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return false;
        boolean inside = false;
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
            }
        }
        return inside;
    }
}
