package org.saytara.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saytara.geojson.GeoJsonValidator;

class GeoTest {
    private static final LonLat TADMUR = new LonLat(38.284, 34.5624);
    private static final LonLat SUKHNAH = new LonLat(38.8726, 34.8868);
    private final Areas areas = Areas.centredOn(List.of(TADMUR, SUKHNAH));

    @Test
    void aDiscHasTheAreaOfItsCircleInKm2() {
        double expected = Math.PI * 4 * 4;
        double got = areas.disc(TADMUR, 4).areaKm2();
        assertEquals(expected, got, expected * 0.01, "a 32-gon lies within 1 % of the circle");
        assertEquals(got, areas.region(areas.disc(TADMUR, 4)).areaKm2(), 1e-9);
    }

    @Test
    void aUnionCountsOverlapsOnceAndKeepsApartDiscsApart() {
        Disc a = areas.disc(TADMUR, 4), b = areas.disc(new LonLat(38.30, 34.5624), 4), far = areas.disc(SUKHNAH, 2);
        Region overlapping = areas.union(List.of(a, b));
        assertTrue(overlapping.areaKm2() < a.areaKm2() + b.areaKm2());
        assertTrue(overlapping.areaKm2() > a.areaKm2());
        Region apart = areas.union(List.of(a, far));
        assertEquals(a.areaKm2() + far.areaKm2(), apart.areaKm2(), 1e-6);
        assertEquals("MultiPolygon", apart.shape().type());
        assertEquals("MultiPolygon", areas.union(List.of(a)).shape().type(), "one disc is still a MultiPolygon");
        assertTrue(areas.union(List.of()).shape().isEmpty());
    }

    @Test
    void unionsComeBackInLonLatAroundTheirPlaces() throws Exception {
        String json = GeoJson.geometry(areas.union(List.of(areas.disc(TADMUR, 4))).shape());
        JsonNode ring = new ObjectMapper().readTree(json).get("coordinates").get(0).get(0);
        double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
        for (JsonNode p : ring) {
            minLon = Math.min(minLon, p.get(0).asDouble());
            maxLon = Math.max(maxLon, p.get(0).asDouble());
            minLat = Math.min(minLat, p.get(1).asDouble());
            maxLat = Math.max(maxLat, p.get(1).asDouble());
        }
        // 4 km is 0.036° of latitude and 0.0437° of longitude at 34.56°N.
        assertEquals(TADMUR.lat() - 0.036, minLat, 0.001);
        assertEquals(TADMUR.lat() + 0.036, maxLat, 0.001);
        assertEquals(TADMUR.lon() - 0.0437, minLon, 0.001);
        assertEquals(TADMUR.lon() + 0.0437, maxLon, 0.001);
    }

    @Test
    void discsFromAnotherProjectionAreRefused() {
        Areas other = Areas.at(new LonLat(36.3, 33.5));
        assertThrows(IllegalArgumentException.class, () -> areas.union(List.of(other.disc(TADMUR, 1))));
        assertThrows(IllegalArgumentException.class, () -> areas.disc(TADMUR, 0));
    }

    @Test
    void featuresAreRfc7946WithCounterClockwiseShellsAndSixDecimals() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name_ar", "تدمر \"المدينة\"");
        props.put("since", LocalDate.of(2016, 12, 11));
        props.put("side", null);
        props.put("event_ids", List.of("a-e01", "b-e02"));
        props.put("area_km2", 50.27);
        String polygon = GeoJson.feature(areas.union(List.of(areas.disc(TADMUR, 4), areas.disc(SUKHNAH, 2))).shape(), props);
        String point = GeoJson.feature(Shape.point(new LonLat(38.12345678, 34.0000001)), props);
        String fc = GeoJson.collection(List.of(polygon, point));
        GeoJsonValidator.assertValid(fc);
        assertTrue(point.contains("\"coordinates\":[38.123457,34]"), point);
        assertTrue(polygon.contains("\"since\":\"2016-12-11\",\"side\":null,\"event_ids\":[\"a-e01\",\"b-e02\"]"), polygon);
        assertTrue(polygon.contains("\"name_ar\":\"تدمر \\\"المدينة\\\"\""), polygon);
    }

    @Test
    void aFeatureWithItsGeometryWrittenBeforeIsTheSameText() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("side", "isis");
        props.put("place_ids", List.of("tadmur", "sukhnah"));
        Shape shape = areas.union(List.of(areas.disc(TADMUR, 4), areas.disc(SUKHNAH, 2))).shape();
        assertEquals(GeoJson.feature(shape, props), GeoJson.feature(GeoJson.geometry(shape), props));
    }

    @Test
    void sixDecimalsAreWrittenInPlainNotation() {
        assertEquals("0", GeoJson.fixed6(-0.0000001));
        assertEquals("0.000001", GeoJson.fixed6(0.0000009));
        assertEquals("-38.5", GeoJson.fixed6(-38.5000001));
        assertEquals("38.28", GeoJson.fixed6(38.28));
        assertEquals("180", GeoJson.fixed6(180));
    }

    @Test
    void unknownPropertyTypesAreRefusedRatherThanWrittenAsText() {
        assertThrows(IllegalArgumentException.class, () -> GeoJson.feature(Shape.point(TADMUR), Map.of("x", new Object())));
        assertThrows(IllegalArgumentException.class, () -> GeoJson.feature(Shape.point(TADMUR), Map.of("x", Double.NaN)));
        assertTrue(Arrays.asList(GeoJson.collection(List.of()).split(",")).contains("\"features\":[]}"));
    }
}
