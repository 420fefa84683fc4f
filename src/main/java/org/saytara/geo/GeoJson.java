package org.saytara.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes RFC 7946 GeoJSON: lon/lat, no {@code crs} member, exterior rings counter-clockwise and
 * holes clockwise, coordinates rounded to 6 decimals (about 0.1 m), properties always an object.
 *
 * <p>Why not gt-geojson's {@code FeatureJSON}/{@code GeometryJSON} (checked against GeoTools 24.2):
 * GeometryJSON writes rings in the order JTS holds them, and JTS buffers and unions come out with
 * clockwise shells, the opposite of RFC 7946; GeometryJSON(6) writes a latitude of 1e-7 as
 * {@code 1.0E-7} (not rounded, exponent form); FeatureJSON writes a list property as the string
 * {@code "[a, b]"} and leaves null properties out, where our readers expect arrays and explicit
 * nulls. So the JSON is written here with Jackson's streaming generator around JTS geometries; GeoTools
 * still does the projecting and buffering ({@link Areas}).
 *
 * <p>Features are written as standalone strings so that callers can cache them and join them into
 * collections without re-encoding.
 */
public final class GeoJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final long SCALE = 1_000_000L;

    private GeoJson() {}

    /**
     * One Feature. Property values may be null, String, Boolean, Number, a date/time (written in
     * ISO form), a Collection or a Map of those; keys keep the map's order.
     */
    public static String feature(Shape shape, Map<String, ?> properties) {
        return feature(null, shape, properties);
    }

    /** As {@link #feature(Shape, Map)}, with a feature {@code id} (OGC API items need one); null for none. */
    public static String feature(String id, Shape shape, Map<String, ?> properties) {
        return feature(id, 256, g -> {
            if (shape == null) g.writeNull();
            else writeGeometry(g, shape.geometry);
        }, properties);
    }

    /**
     * As {@link #feature(Shape, Map)}, the geometry given already written ({@link #geometry}): the
     * same text, for a geometry shown by many features in turn.
     */
    public static String feature(String geometryJson, Map<String, ?> properties) {
        return feature(null, geometryJson.length() + 256, g -> g.writeRawValue(geometryJson), properties);
    }

    /** Writes the geometry member's value. */
    private interface GeometryWriter {
        void write(JsonGenerator g) throws IOException;
    }

    /** The one writer of a Feature: type, id if any, the geometry as {@code geometry} writes it, the properties. */
    private static String feature(String id, int sizeHint, GeometryWriter geometry, Map<String, ?> properties) {
        StringWriter out = new StringWriter(sizeHint);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            if (id != null) g.writeStringField("id", id);
            g.writeFieldName("geometry");
            geometry.write(g);
            g.writeFieldName("properties");
            writeValue(g, properties == null ? Map.of() : properties);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A FeatureCollection of features made by {@link #feature}. */
    public static String collection(Collection<String> features) {
        int size = 48;
        for (String f : features) size += f.length() + 1;
        StringBuilder sb = new StringBuilder(size).append("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (String f : features) {
            if (!first) sb.append(',');
            sb.append(f);
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static final byte[] COLLECTION_HEAD = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);

    /**
     * {@link #collection(Collection)} encoded as UTF-8, the same bytes as
     * {@code collection(features).getBytes(UTF_8)}: each part is encoded by the JDK and the parts
     * are copied into one array of the exact size, without the whole collection ever being a
     * String (which, mostly Arabic, takes two bytes a character, and is copied on each step).
     */
    public static byte[] collectionUtf8(Collection<String> features) {
        List<byte[]> parts = new ArrayList<>(features.size());
        long size = COLLECTION_HEAD.length + 2L + Math.max(0, features.size() - 1);
        for (String f : features) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            parts.add(b);
            size += b.length;
        }
        if (size > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("a collection over 2 GB");
        byte[] out = new byte[(int) size];
        System.arraycopy(COLLECTION_HEAD, 0, out, 0, COLLECTION_HEAD.length);
        int at = COLLECTION_HEAD.length;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) out[at++] = ',';
            byte[] b = parts.get(i);
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        out[at++] = ']';
        out[at] = '}';
        return out;
    }

    /**
     * {@link #collection(Collection)} of layer bodies held as pieces ({@link Utf8Pieces}): the
     * same bytes as {@code collection(parts as strings).getBytes(UTF_8)}, with nothing copied but
     * the references. {@code members}, when not null, is written after {@code "type"} as raw JSON
     * members (a collection's foreign members, such as {@code "since":"2016-12-12"}).
     */
    public static Utf8Pieces collectionPieces(String members, List<Utf8Pieces> parts) {
        Utf8Pieces.Builder b = new Utf8Pieces.Builder(parts.size() * 2 + 3);
        b.add(members == null ? COLLECTION_HEAD
                : ("{\"type\":\"FeatureCollection\"," + members + ",\"features\":[").getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (Utf8Pieces p : parts) {
            if (p.isEmpty()) continue;
            if (!first) b.add(COMMA);
            b.add(p);
            first = false;
        }
        return b.add(COLLECTION_TAIL).build();
    }

    /** A comma, the separator of features in a collection's pieces. */
    public static final byte[] COMMA = {','};
    private static final byte[] COLLECTION_TAIL = {']', '}'};
    /** A feature up to its geometry: {@link #featureHead()}, the geometry, then {@link #featureTail}. */
    private static final String FEATURE_HEAD = "{\"type\":\"Feature\",\"geometry\":";
    private static final byte[] FEATURE_HEAD_UTF8 = FEATURE_HEAD.getBytes(StandardCharsets.UTF_8);

    /**
     * The start of a feature without an id, up to its geometry's value. A feature written as this,
     * then its geometry ({@link #geometry}, encoded), then {@link #featureTail} of its properties
     * is the same text as {@link #feature(String, Map)}: a feature whose geometry is a side's
     * outline of thousands of vertices is three pieces, the outline shared, not copied.
     */
    public static byte[] featureHead() {
        return FEATURE_HEAD_UTF8;
    }

    /** The rest of a feature after its geometry: its properties and the closing brace, as UTF-8. */
    public static byte[] featureTail(Map<String, ?> properties) {
        String whole = feature(null, 256, JsonGenerator::writeNull, properties);
        String head = FEATURE_HEAD + "null";
        if (!whole.startsWith(head)) throw new IllegalStateException("a feature not written as expected: " + whole);
        return whole.substring(head.length()).getBytes(StandardCharsets.UTF_8);
    }

    /** The geometry object alone, as written inside a feature. */
    public static String geometry(Shape shape) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeGeometry(g, shape.geometry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeGeometry(JsonGenerator g, Geometry geom) throws IOException {
        g.writeStartObject();
        if (geom instanceof Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            if (p.isEmpty()) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                writePosition(g, p.getCoordinate());
            }
        } else if (geom instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            writePolygon(g, p);
        } else if (geom instanceof MultiPolygon m) {
            g.writeStringField("type", "MultiPolygon");
            g.writeFieldName("coordinates");
            g.writeStartArray();
            for (int i = 0; i < m.getNumGeometries(); i++) {
                List<Coordinate[]> rings = rings((Polygon) m.getGeometryN(i));
                if (!rings.isEmpty()) writeRings(g, rings);
            }
            g.writeEndArray();
        } else if (geom instanceof LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            writeLine(g, l);
        } else if (geom instanceof MultiLineString m) {
            g.writeStringField("type", "MultiLineString");
            g.writeFieldName("coordinates");
            g.writeStartArray();
            for (int i = 0; i < m.getNumGeometries(); i++) writeLine(g, (LineString) m.getGeometryN(i));
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("no GeoJSON writer for " + geom.getGeometryType());
        }
        g.writeEndObject();
    }

    /** Positions rounded to 6 decimals, repeats after rounding dropped. */
    private static void writeLine(JsonGenerator g, LineString l) throws IOException {
        g.writeStartArray();
        Coordinate last = null;
        for (Coordinate c : l.getCoordinates()) {
            Coordinate r = new Coordinate(round(c.x), round(c.y));
            if (last != null && last.equals2D(r)) continue;
            writePosition(g, r);
            last = r;
        }
        g.writeEndArray();
    }

    private static void writePolygon(JsonGenerator g, Polygon p) throws IOException {
        writeRings(g, rings(p));
    }

    private static void writeRings(JsonGenerator g, List<Coordinate[]> rings) throws IOException {
        g.writeStartArray();
        for (Coordinate[] ring : rings) {
            g.writeStartArray();
            for (Coordinate c : ring) writePosition(g, c);
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /**
     * The polygon's rings rounded to 6 decimals, shell counter-clockwise and holes clockwise.
     * Rounding can make neighbouring points equal; the repeats are dropped, and a ring left with
     * fewer than 4 positions (too small to be seen at 0.1 m) is dropped too; without its shell the
     * whole polygon is.
     */
    private static List<Coordinate[]> rings(Polygon p) {
        List<Coordinate[]> out = new ArrayList<>();
        if (p.isEmpty()) return out;
        Coordinate[] shell = oriented(p.getExteriorRing(), true);
        if (shell == null) return out;
        out.add(shell);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            Coordinate[] hole = oriented(p.getInteriorRingN(i), false);
            if (hole != null) out.add(hole);
        }
        return out;
    }

    private static Coordinate[] oriented(LineString ring, boolean counterClockwise) {
        Coordinate[] raw = ring.getCoordinates();
        List<Coordinate> kept = new ArrayList<>(raw.length);
        for (Coordinate c : raw) {
            Coordinate r = new Coordinate(round(c.x), round(c.y));
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals2D(r)) kept.add(r);
        }
        if (kept.size() < 4 || !kept.get(0).equals2D(kept.get(kept.size() - 1))) return null;
        Coordinate[] coords = kept.toArray(Coordinate[]::new);
        if (Orientation.isCCW(coords) != counterClockwise) {
            for (int i = 0, j = coords.length - 1; i < j; i++, j--) {
                Coordinate t = coords[i];
                coords[i] = coords[j];
                coords[j] = t;
            }
        }
        return coords;
    }

    private static double round(double v) {
        return Math.round(v * SCALE) / (double) SCALE;
    }

    private static void writePosition(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(fixed6(c.x));
        g.writeNumber(fixed6(c.y));
        g.writeEndArray();
    }

    /** A coordinate as GeoJSON writes it (6 decimals, plain notation), for other formats (KML). */
    public static String fixed6Public(double v) {
        return fixed6(v);
    }

    /** Plain decimal notation, at most 6 decimals, no trailing zeros: never {@code 1.0E-6}. */
    static String fixed6(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite coordinate: " + v);
        long n = Math.round(v * SCALE);
        StringBuilder sb = new StringBuilder(16);
        if (n < 0) {
            sb.append('-');
            n = -n;
        }
        sb.append(n / SCALE);
        long frac = n % SCALE;
        if (frac != 0) {
            String digits = Long.toString(frac + SCALE).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') end--;
            sb.append('.').append(digits, 0, end);
        }
        return sb.toString();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
            g.writeNumber(d);
        } else if (v instanceof TemporalAccessor t) {
            g.writeString(t.toString());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) writeValue(g, o);
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("no GeoJSON property encoding for " + v.getClass().getName());
        }
    }
}
