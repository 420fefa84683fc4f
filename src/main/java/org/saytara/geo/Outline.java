package org.saytara.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** A country's outline read from a GeoJSON FeatureCollection such as {@code geodata/countries.geojson}. */
public final class Outline {
    private Outline() {}

    /**
     * The (Multi)Polygon of the feature whose {@code iso} property is the given ISO 3166-1 numeric
     * code ("760" is Syria).
     *
     * @throws IllegalArgumentException naming what is wrong when no such feature is there or its
     *                                  geometry is not a polygon
     */
    public static Shape read(InputStream geojson, String iso, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geojson);
        int index = 0;
        for (JsonNode f : root.path("features")) {
            if (iso.equals(f.path("properties").path("iso").asText(null))) {
                JsonNode g = f.path("geometry");
                String type = g.path("type").asText();
                List<Polygon> polygons = new ArrayList<>();
                if (type.equals("Polygon")) polygons.add(polygon(g.path("coordinates")));
                else if (type.equals("MultiPolygon")) for (JsonNode p : g.path("coordinates")) polygons.add(polygon(p));
                else throw new IllegalArgumentException(source + ": feature " + index + " (iso " + iso + ") is a " + type + ", not a polygon");
                return new Shape(polygons.size() == 1 ? polygons.get(0)
                        : Shape.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
            }
            index++;
        }
        throw new IllegalArgumentException(source + ": no feature with iso \"" + iso + "\"");
    }

    /** Every (Multi)Polygon feature of the collection, by its {@code iso} property (features without one are left out). */
    public static java.util.Map<String, Shape> readAll(InputStream geojson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geojson);
        java.util.Map<String, Shape> out = new java.util.LinkedHashMap<>();
        for (JsonNode f : root.path("features")) {
            String iso = f.path("properties").path("iso").asText(null);
            JsonNode g = f.path("geometry");
            String type = g.path("type").asText();
            if (iso == null || !(type.equals("Polygon") || type.equals("MultiPolygon"))) continue;
            List<Polygon> polygons = new ArrayList<>();
            if (type.equals("Polygon")) polygons.add(polygon(g.path("coordinates")));
            else for (JsonNode p : g.path("coordinates")) polygons.add(polygon(p));
            out.put(iso, new Shape(polygons.size() == 1 ? polygons.get(0)
                    : Shape.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new))));
        }
        return out;
    }

    /** Whether a position lies inside the outline. */
    public static boolean contains(Shape outline, LonLat p) {
        return outline.geometry.covers(Shape.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())));
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode p : ring) cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble()));
            LinearRing r = Shape.FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
            if (shell == null) shell = r;
            else holes.add(r);
        }
        return Shape.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }
}
