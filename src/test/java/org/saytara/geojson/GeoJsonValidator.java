package org.saytara.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a GeoJSON text against RFC 7946, beyond being JSON: type members, required members,
 * position arity and ranges, ring closure and length, ring orientation (exterior counter-clockwise,
 * holes clockwise), no {@code crs} member anywhere, at most 6 decimals per coordinate, properties
 * an object or null, bbox shape. Numbers are read as written (exact decimals), so {@code 1.0E-7}
 * and {@code 38.1234560} are both caught.
 */
public final class GeoJsonValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");
    private static final int MAX_DECIMALS = 6;

    private final List<String> problems = new ArrayList<>();

    private GeoJsonValidator() {}

    /** Every problem found, each with a JSON-pointer-like path; empty when the text is valid. */
    public static List<String> problems(String json) {
        GeoJsonValidator v = new GeoJsonValidator();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (root == null) return List.of("empty document");
        v.object(root, "");
        return v.problems;
    }

    /** Throws an AssertionError listing the first problems when the text is not valid RFC 7946. */
    public static void assertValid(String json) {
        List<String> p = problems(json);
        if (!p.isEmpty()) {
            throw new AssertionError("invalid GeoJSON (" + p.size() + " problems): " + String.join("; ", p.subList(0, Math.min(10, p.size()))));
        }
    }

    private void object(JsonNode n, String path) {
        if (!n.isObject()) {
            problem(path, "not an object");
            return;
        }
        String type = n.path("type").isTextual() ? n.get("type").asText() : null;
        if (type == null) {
            problem(path, "no string 'type' member");
            return;
        }
        switch (type) {
            case "FeatureCollection" -> featureCollection(n, path);
            case "Feature" -> feature(n, path);
            default -> {
                if (GEOMETRY_TYPES.contains(type)) geometry(n, path);
                else problem(path, "unknown type '" + type + "'");
            }
        }
    }

    private void common(JsonNode n, String path) {
        if (n.has("crs")) problem(path, "has a 'crs' member (removed in RFC 7946)");
        if (n.has("bbox")) bbox(n.get("bbox"), path + "/bbox");
    }

    private void featureCollection(JsonNode n, String path) {
        common(n, path);
        JsonNode features = n.get("features");
        if (features == null || !features.isArray()) {
            problem(path, "FeatureCollection without a 'features' array");
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            if (!"Feature".equals(f.path("type").asText(null))) problem(path + "/features/" + i, "not a Feature");
            else feature(f, path + "/features/" + i);
        }
    }

    private void feature(JsonNode n, String path) {
        common(n, path);
        if (!n.has("geometry")) problem(path, "Feature without a 'geometry' member");
        else if (!n.get("geometry").isNull()) geometry(n.get("geometry"), path + "/geometry");
        if (!n.has("properties")) problem(path, "Feature without a 'properties' member");
        else if (!n.get("properties").isObject() && !n.get("properties").isNull()) problem(path + "/properties", "neither an object nor null");
        if (n.has("id") && !n.get("id").isTextual() && !n.get("id").isNumber()) problem(path + "/id", "neither a string nor a number");
    }

    private void geometry(JsonNode n, String path) {
        if (!n.isObject()) {
            problem(path, "geometry is not an object");
            return;
        }
        common(n, path);
        String type = n.path("type").asText("");
        if (!GEOMETRY_TYPES.contains(type)) {
            problem(path, "not a geometry type: '" + type + "'");
            return;
        }
        if (type.equals("GeometryCollection")) {
            JsonNode gs = n.get("geometries");
            if (gs == null || !gs.isArray()) problem(path, "GeometryCollection without 'geometries'");
            else for (int i = 0; i < gs.size(); i++) geometry(gs.get(i), path + "/geometries/" + i);
            return;
        }
        JsonNode c = n.get("coordinates");
        String cp = path + "/coordinates";
        if (c == null || !c.isArray()) {
            problem(path, type + " without a 'coordinates' array");
            return;
        }
        switch (type) {
            case "Point" -> {
                if (!c.isEmpty()) position(c, cp);
            }
            case "MultiPoint" -> each(c, cp, this::position);
            case "LineString" -> line(c, cp);
            case "MultiLineString" -> each(c, cp, this::line);
            case "Polygon" -> polygon(c, cp);
            case "MultiPolygon" -> each(c, cp, this::polygon);
            default -> throw new IllegalStateException(type);
        }
    }

    private interface Check {
        void run(JsonNode n, String path);
    }

    private void each(JsonNode array, String path, Check check) {
        for (int i = 0; i < array.size(); i++) check.run(array.get(i), path + "/" + i);
    }

    private boolean position(JsonNode p, String path) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            problem(path, "a position needs 2 or 3 numbers");
            return false;
        }
        for (JsonNode x : p) {
            if (!x.isNumber()) {
                problem(path, "a position holds a non-number");
                return false;
            }
            BigDecimal d = x.decimalValue();
            if (x.isFloatingPointNumber() && d.scale() > MAX_DECIMALS) problem(path, "more than 6 decimals: " + x.asText());
        }
        double lon = p.get(0).asDouble(), lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180) problem(path, "longitude out of range: " + lon);
        if (lat < -90 || lat > 90) problem(path, "latitude out of range: " + lat);
        return true;
    }

    private void line(JsonNode c, String path) {
        if (!c.isArray() || c.size() < 2) problem(path, "a LineString needs at least 2 positions");
        else each(c, path, this::position);
    }

    private void polygon(JsonNode rings, String path) {
        if (!rings.isArray()) {
            problem(path, "polygon coordinates are not an array of rings");
            return;
        }
        for (int i = 0; i < rings.size(); i++) ring(rings.get(i), path + "/" + i, i == 0);
    }

    private void ring(JsonNode ring, String path, boolean exterior) {
        if (!ring.isArray() || ring.size() < 4) {
            problem(path, "a linear ring needs at least 4 positions");
            return;
        }
        double[][] pts = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            if (!position(ring.get(i), path + "/" + i)) return;
            pts[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
        }
        double[] first = pts[0], last = pts[pts.length - 1];
        if (first[0] != last[0] || first[1] != last[1]) {
            problem(path, "ring not closed");
            return;
        }
        double twiceArea = 0;
        for (int i = 0; i + 1 < pts.length; i++) twiceArea += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1];
        if (twiceArea == 0) problem(path, "ring has no area");
        else if (exterior && twiceArea < 0) problem(path, "exterior ring is clockwise");
        else if (!exterior && twiceArea > 0) problem(path, "hole is counter-clockwise");
    }

    private void bbox(JsonNode b, String path) {
        if (!b.isArray() || (b.size() != 4 && b.size() != 6)) {
            problem(path, "bbox must hold 4 or 6 numbers");
            return;
        }
        for (JsonNode x : b) {
            if (!x.isNumber()) {
                problem(path, "bbox holds a non-number");
                return;
            }
        }
        int dims = b.size() / 2;
        double south = b.get(1).asDouble(), north = b.get(1 + dims).asDouble();
        if (south > north) problem(path, "bbox south above north");
        if (south < -90 || north > 90) problem(path, "bbox latitude out of range");
    }

    private void problem(String path, String what) {
        problems.add((path.isEmpty() ? "/" : path) + ": " + what);
    }
}
