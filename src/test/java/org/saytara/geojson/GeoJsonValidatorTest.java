package org.saytara.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonValidatorTest {
    private static final String CCW = "[[38,34],[39,34],[39,35],[38,35],[38,34]]";
    private static final String CW = "[[38,34],[38,35],[39,35],[39,34],[38,34]]";
    private static final String HOLE_CW = "[[38.2,34.2],[38.2,34.4],[38.4,34.4],[38.4,34.2],[38.2,34.2]]";

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + geometry
                + ",\"properties\":" + properties + "}]}";
    }

    private static void invalid(String json, String expected) {
        List<String> p = GeoJsonValidator.problems(json);
        assertTrue(p.stream().anyMatch(s -> s.contains(expected)), "expected '" + expected + "' in " + p);
    }

    @Test
    void acceptsAValidCollection() {
        String ok = feature("{\"type\":\"Polygon\",\"coordinates\":[" + CCW + "," + HOLE_CW + "]}", "{\"a\":[1,2]}");
        assertEquals(List.of(), GeoJsonValidator.problems(ok));
        assertEquals(List.of(), GeoJsonValidator.problems(feature("{\"type\":\"Point\",\"coordinates\":[38.123456,34.5]}", "null")));
        assertEquals(List.of(), GeoJsonValidator.problems(feature("null", "{}")));
    }

    @Test
    void rejectsWhatRfc7946Forbids() {
        invalid(feature("{\"type\":\"Polygon\",\"coordinates\":[" + CW + "]}", "{}"), "exterior ring is clockwise");
        invalid(feature("{\"type\":\"Polygon\",\"coordinates\":[" + CCW + "," + CCW.replace("38,", "38.1,") + "]}", "{}"), "hole is counter-clockwise");
        invalid(feature("{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[39,35],[38,35]]]}", "{}"), "not closed");
        invalid(feature("{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[38,34]]]}", "{}"), "at least 4");
        invalid(feature("{\"type\":\"Point\",\"coordinates\":[38.1234567,34.5]}", "{}"), "more than 6 decimals");
        invalid(feature("{\"type\":\"Point\",\"coordinates\":[38.1,1.0E-7]}", "{}"), "more than 6 decimals");
        invalid(feature("{\"type\":\"Point\",\"coordinates\":[38.1]}", "{}"), "2 or 3 numbers");
        invalid(feature("{\"type\":\"Point\",\"coordinates\":[181,34]}", "{}"), "longitude out of range");
        invalid(feature("{\"type\":\"Point\",\"coordinates\":[38,91]}", "{}"), "latitude out of range");
        invalid(feature("{\"type\":\"Point\",\"coordinates\":[38,34]}", "[1]"), "neither an object nor null");
        invalid(feature("{\"type\":\"Pointy\",\"coordinates\":[38,34]}", "{}"), "not a geometry type");
        invalid("{\"type\":\"FeatureCollection\",\"crs\":{},\"features\":[]}", "crs");
        invalid("{\"type\":\"FeatureCollection\",\"bbox\":[38,35,39],\"features\":[]}", "4 or 6");
        invalid("{\"type\":\"FeatureCollection\",\"bbox\":[38,35,39,34],\"features\":[]}", "south above north");
        invalid("{\"type\":\"Feature\",\"properties\":{}}", "without a 'geometry'");
        invalid("{\"type\":\"FeatureCollection\"}", "without a 'features' array");
        invalid("{\"type\":", "not JSON");
    }
}
