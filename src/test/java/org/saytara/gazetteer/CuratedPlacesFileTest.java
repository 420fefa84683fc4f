package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saytara.json.Json;

/** A places file the gazetteer cannot trust stops start-up with file, feature and field named. */
class CuratedPlacesFileTest {
    @TempDir
    Path dir;

    private static ObjectNode feature(String id, String nameAr, double lon, double lat) {
        ObjectNode f = Json.mapper().createObjectNode();
        f.put("type", "Feature");
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(lon).add(lat);
        ObjectNode p = f.putObject("properties");
        p.put("id", id);
        p.put("name_ar", nameAr);
        p.put("name_en", id);
        p.putArray("aliases_ar");
        p.putArray("aliases_en");
        p.put("type", "town");
        p.put("precision_km", 2);
        p.putNull("geonames_id");
        p.put("source", "test");
        p.putNull("parent");
        p.put("common_word", false);
        return f;
    }

    private void write(ObjectNode... features) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode list = root.putArray("features");
        for (ObjectNode f : features) list.add(f);
        Files.writeString(dir.resolve("places.geojson"), Json.mapper().writeValueAsString(root));
    }

    private static ObjectNode props(ObjectNode feature) {
        return (ObjectNode) feature.get("properties");
    }

    private String failure(Consumer<ObjectNode> breakSecond) throws IOException {
        ObjectNode first = feature("tadmur", "تدمر", 38.284, 34.5624);
        ObjectNode second = feature("sukhnah", "السخنة", 38.8711, 34.8853);
        breakSecond.accept(second);
        write(first, second);
        return assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
    }

    private static void assertNames(String message, String... parts) {
        for (String part : parts) assertTrue(message.contains(part), "\"" + part + "\" not in: " + message);
    }

    @Test
    void validFileLoads() throws IOException {
        ObjectNode castle = feature("castle", "قلعة تدمر", 38.2571, 34.5627);
        props(castle).put("parent", "tadmur");
        props(castle).put("type", "castle");
        props(castle).putArray("aliases_ar").add("القلعة الأثرية");
        props(castle).put("geonames_id", 42);
        write(feature("tadmur", "تدمر", 38.284, 34.5624), castle);
        Gazetteer g = Gazetteer.load(dir);
        assertEquals(2, g.places().size());
        Place c = g.byId("castle").orElseThrow();
        assertEquals(List.of("قلعة تدمر", "القلعة الأثرية"), c.aliasesAr());
        assertEquals(34.5627, c.lat());
        assertEquals(38.2571, c.lon());
        assertEquals(PlaceType.CASTLE, c.type());
        assertEquals(42L, c.geonamesId());
        assertTrue(c.curated());
        assertEquals(List.of(c), g.children("tadmur"));
    }

    @Test
    void missingName() throws IOException {
        assertNames(failure(f -> props(f).remove("name_ar")), "places.geojson", "feature 1", "sukhnah", "\"name_ar\"", "missing");
        assertNames(failure(f -> props(f).put("name_en", " ")), "feature 1", "\"name_en\"");
    }

    @Test
    void nameThatIsNotArabic() throws IOException {
        assertNames(failure(f -> props(f).put("name_ar", "Sukhnah")), "feature 1", "\"name_ar\"", "Arabic");
    }

    @Test
    void badCoordinates() throws IOException {
        assertNames(failure(f -> ((ArrayNode) f.get("geometry").get("coordinates")).set(1, 134.8)),
                "feature 1", "\"coordinates\"", "latitude");
        assertNames(failure(f -> ((ArrayNode) f.get("geometry").get("coordinates")).set(0, -238.0)),
                "feature 1", "\"coordinates\"", "longitude");
        assertNames(failure(f -> ((ArrayNode) f.get("geometry").get("coordinates")).set(0, "38.8")),
                "feature 1", "\"coordinates\"");
        assertNames(failure(f -> f.remove("geometry")), "feature 1", "\"geometry\"", "missing");
        assertNames(failure(f -> ((ObjectNode) f.get("geometry")).put("type", "LineString")), "feature 1", "Point");
    }

    @Test
    void unknownType() throws IOException {
        assertNames(failure(f -> props(f).put("type", "castel")), "feature 1", "\"type\"", "castel");
    }

    @Test
    void duplicateId() throws IOException {
        assertNames(failure(f -> props(f).put("id", "tadmur")), "feature 1", "\"id\"", "duplicate", "feature 0");
    }

    @Test
    void badId() throws IOException {
        assertNames(failure(f -> props(f).put("id", "../Sukhnah")), "feature 1", "\"id\"");
        assertNames(failure(f -> props(f).remove("id")), "feature 1", "\"id\"", "missing");
    }

    @Test
    void badParentReference() throws IOException {
        assertNames(failure(f -> props(f).put("parent", "palmyra")), "feature 1", "\"parent\"", "palmyra");
        assertNames(failure(f -> props(f).put("parent", "sukhnah")), "feature 1", "\"parent\"", "loop");
    }

    @Test
    void badPrecisionSourceGeonamesIdCommonWord() throws IOException {
        assertNames(failure(f -> props(f).put("precision_km", 0)), "feature 1", "\"precision_km\"");
        assertNames(failure(f -> props(f).remove("precision_km")), "feature 1", "\"precision_km\"");
        assertNames(failure(f -> props(f).remove("source")), "feature 1", "\"source\"");
        assertNames(failure(f -> props(f).put("geonames_id", "172425")), "feature 1", "\"geonames_id\"");
        assertNames(failure(f -> props(f).put("common_word", "yes")), "feature 1", "\"common_word\"");
        assertNames(failure(f -> props(f).putArray("aliases_ar").add(3)), "feature 1", "\"aliases_ar\"");
    }

    @Test
    void sameGeonamesIdTwice() throws IOException {
        ObjectNode a = feature("a", "تدمر", 38.284, 34.5624);
        ObjectNode b = feature("b", "تدمور", 38.284, 34.5624);
        props(a).put("geonames_id", 163808);
        props(b).put("geonames_id", 163808);
        write(a, b);
        assertNames(assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage(),
                "feature 1", "\"geonames_id\"", "163808");
    }

    @Test
    void notGeoJsonAtAll() throws IOException {
        Files.writeString(dir.resolve("places.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [");
        assertNames(assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage(),
                "places.geojson", "not valid JSON");
        Files.writeString(dir.resolve("places.geojson"), "[]");
        assertNames(assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage(),
                "FeatureCollection");
    }

    @Test
    void missingFile() {
        assertNames(assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage(),
                "places.geojson", "not found");
    }
}
