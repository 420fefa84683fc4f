package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BroadPlacesTest {
    @TempDir
    Path dir;

    private static final String CURATED = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[38.284,34.5624]},
             "properties":{"id":"tadmur","name_ar":"تدمر","name_en":"Tadmur","aliases_ar":[],"aliases_en":["Palmyra"],
             "type":"city","precision_km":2,"geonames_id":163808,"source":"test","parent":null,"common_word":false}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[38.262,34.562]},
             "properties":{"id":"al-amiriya","name_ar":"العامرية","name_en":"al-Amiriya","aliases_ar":["ضاحية العامرية"],
             "aliases_en":[],"type":"suburb","precision_km":10,"geonames_id":null,"source":"ESTIMATE","parent":"tadmur",
             "common_word":true}}
            ]}
            """;

    private static String row(String... columns) {
        return String.join("\t", columns) + "\n";
    }

    private void writeFiles(String... rows) throws IOException {
        Files.writeString(dir.resolve("places.geojson"), CURATED);
        StringBuilder tsv = new StringBuilder(GeoNamesRow.header()).append('\n');
        for (String r : rows) tsv.append(r);
        Files.writeString(dir.resolve("geonames-sy.tsv"), tsv);
    }

    @Test
    void rowOfACuratedPlaceIsMergedNotDuplicated() throws IOException {
        writeFiles(row("163808", "Tadmur", "Tadmur", "تدمر", "تدمر|تدمور", "Palmyra|Tadmor", "34.56240", "38.28402",
                "PPLA2", "11", "51015"));
        Gazetteer g = Gazetteer.load(dir);
        assertEquals(2, g.places().size());
        Place tadmur = g.byId("tadmur").orElseThrow();
        assertEquals(List.of("تدمر", "تدمور"), tadmur.aliasesAr());
        assertEquals(51015, tadmur.population());
        assertEquals(34.5624, tadmur.lat(), "the curated point wins");
        assertTrue(g.byId("gn:163808").isEmpty());
    }

    @Test
    void sharedNamesAndOrdinaryWordsAreCommonWords() throws IOException {
        writeFiles(
                row("1", "Al Jadidah", "Al Jadidah", "الجديدة", "الجديدة", "", "35.1", "36.1", "PPL", "01", "0"),
                row("2", "Al Amiriyah", "Al Amiriyah", "العامريه", "العامريه", "", "36.1", "37.1", "PPLA3", "09", "0"),
                row("3", "Kafr Nubl", "Kafr Nubl", "كفرنبل", "كفرنبل", "", "35.6", "36.5", "PPLA3", "12", "0"),
                row("4", "Tall Hamis", "Tall Hamis", "تل حميس", "تل حميس|الحميس", "", "36.7", "41.6", "PPLA3", "08", "0"),
                row("5", "Al Humays", "Al Humays", "حميس", "حميس", "", "35.7", "36.9", "PPL", "12", "0"));
        Gazetteer g = Gazetteer.load(dir);
        assertTrue(g.byId("gn:1").orElseThrow().commonWord(), "ordinary word: the new");
        assertTrue(g.byId("gn:2").orElseThrow().commonWord(), "shared with curated al-Amiriya (ه/ة normalised)");
        assertFalse(g.byId("gn:3").orElseThrow().commonWord(), "a unique name needs no cue");
        assertFalse(g.byId("gn:4").orElseThrow().commonWord(), "its main name is unique");
        assertTrue(g.byId("gn:5").orElseThrow().commonWord(), "حميس is also an alias (الحميس) of place 4");
    }

    @Test
    void rowsWithoutArabicNameAreLeftOut() throws IOException {
        writeFiles(row("7", "Tremseh", "Tremseh", "", "", "", "35.2", "36.6", "PPL", "10", "0"));
        assertEquals(2, Gazetteer.load(dir).places().size());
    }

    @Test
    void typesAndPrecisionFromFeatureCodeAndPopulation() {
        assertEquals(PlaceType.CITY, BroadPlaces.typeOf("PPLA", 0));
        assertEquals(PlaceType.CITY, BroadPlaces.typeOf("PPLC", 0));
        assertEquals(PlaceType.CITY, BroadPlaces.typeOf("PPLA3", 150_000));
        assertEquals(PlaceType.TOWN, BroadPlaces.typeOf("PPLA2", 0));
        assertEquals(PlaceType.TOWN, BroadPlaces.typeOf("PPLA3", 31_748));
        assertEquals(PlaceType.VILLAGE, BroadPlaces.typeOf("PPLA3", 596));
        assertEquals(PlaceType.VILLAGE, BroadPlaces.typeOf("PPL", 0));
        assertEquals(PlaceType.NEIGHBOURHOOD, BroadPlaces.typeOf("PPLX", 0));
        assertEquals(PlaceType.SITE, BroadPlaces.typeOf("PPLQ", 0));
        assertEquals(1, BroadPlaces.precisionKm(PlaceType.VILLAGE));
        assertEquals(2, BroadPlaces.precisionKm(PlaceType.TOWN));
        assertEquals(3, BroadPlaces.precisionKm(PlaceType.CITY));
    }

    @Test
    void brokenTsvLinesNameFileLineAndField() throws IOException {
        writeFiles(row("9", "X", "X", "س", "س", "", "95.5", "36.1", "PPL", "01", "0"));
        String m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("geonames-sy.tsv") && m.contains("line 2") && m.contains("\"latitude\""), m);

        writeFiles(row("9", "X", "X", "س", "س", "", "35.5", "36.1", "PPL", "01"));
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("line 2") && m.contains("10 columns"), m);

        writeFiles(row("x9", "X", "X", "س", "س", "", "35.5", "36.1", "PPL", "01", "0"));
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("\"geonameid\""), m);

        writeFiles(row("9", "X", "X", "س", "س", "", "35.5", "36.1", "PPL", "01", "0"),
                row("9", "Y", "Y", "ص", "ص", "", "35.5", "36.1", "PPL", "01", "0"));
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("line 3") && m.contains("duplicate"), m);
    }

    @Test
    void ofRejectsDuplicateIdsAndUnknownParents() {
        Place a = new Place("a", "أ", "A", List.of("أ"), List.of("A"), PlaceType.TOWN, 34, 38, 1, null, "t", null, 0,
                true, false);
        Place child = new Place("c", "ج", "C", List.of("ج"), List.of("C"), PlaceType.HILL, 34, 38, 1, null, "t", "b", 0,
                true, false);
        assertThrows(GazetteerException.class, () -> Gazetteer.of(List.of(a, a)));
        assertThrows(GazetteerException.class, () -> Gazetteer.of(List.of(a, child)));
    }
}
