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

/** The imported files read back into places: merging with the curated file, types, regions, and bad lines. */
class BroadPlacesTest {
    @TempDir
    Path dir;

    private static final String CURATED = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[38.284,34.5624]},
             "properties":{"id":"tadmur","name_ar":"تدمر","name_en":"Tadmur","aliases_ar":[],"aliases_en":["Palmyra"],
             "type":"city","precision_km":2,"geonames_id":163808,"source":"test","parent":null,"common_word":false,
             "not_aliases_ar":["تدمور الغلط"]}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[38.262,34.562]},
             "properties":{"id":"al-amiriya","name_ar":"العامرية","name_en":"al-Amiriya","aliases_ar":["ضاحية العامرية"],
             "aliases_en":[],"type":"suburb","precision_km":10,"geonames_id":null,"source":"ESTIMATE","parent":"tadmur",
             "common_word":true}}
            ]}
            """;

    private static String row(String... columns) {
        return String.join("\t", columns) + "\n";
    }

    private void writeFiles(String[] localities, String[] regions, String... words) throws IOException {
        Files.writeString(dir.resolve("places.geojson"), CURATED);
        StringBuilder tsv = new StringBuilder(String.join("\t", LocalityRow.COLUMNS)).append('\n');
        for (String r : localities) tsv.append(r);
        Files.writeString(dir.resolve(LocalityRow.FILE), tsv);
        StringBuilder reg = new StringBuilder(String.join("\t", RegionRow.COLUMNS)).append('\n');
        for (String r : regions) reg.append(r);
        Files.writeString(dir.resolve(RegionRow.FILE), reg);
        StringBuilder w = new StringBuilder("key\trule\tentry\n");
        for (String k : words) w.append(k).append("\tentry\t").append(k).append('\n');
        Files.writeString(dir.resolve(OrdinaryWords.FILE), w);
    }

    private static final String TADMUR = row("gn:163808", "163808", "85", "تدمر", "تدمر|تدمور|تدمور الغلط", "Tadmur",
            "Tadmur|Palmyra", "34.56240", "38.28402", "PPLA2", "51015", "SY04", "SY0405");
    private static final String JADIDAH = row("gn:1", "1", "", "الجديدة", "الجديدة", "Al Jadidah", "Al Jadidah", "35.10000",
            "36.10000", "PPL", "0", "SY07", "SY0700");
    private static final String KAFR_NUBL = row("gn:3", "3", "", "كفرنبل", "كفرنبل|كفر نبل", "Kafr Nubl", "Kafr Nubl",
            "35.60000", "36.50000", "PPLA3", "0", "SY07", "SY0702");
    private static final String HOMS_GOVERNORATE = row("adm:SY04", "governorate", "SY04", "", "محافظة حمص",
            "محافظة حمص|ريف حمص", "Homs Governorate", "Homs Governorate", "34.46667", "38.30000", "42223.0", "115.9",
            "gn:169577", "169575", "Q214094");

    @Test
    void aRowOfACuratedPlaceIsMergedNotDuplicated() throws IOException {
        writeFiles(new String[] {TADMUR}, new String[] {});
        Gazetteer g = Gazetteer.load(dir);
        assertEquals(2, g.places().size());
        Place tadmur = g.byId("tadmur").orElseThrow();
        assertEquals(List.of("تدمر", "تدمور"), tadmur.aliasesAr(), "not_aliases_ar keeps a wrong alternate out");
        assertEquals(51015, tadmur.population());
        assertEquals(34.5624, tadmur.lat(), "the curated point wins");
        assertEquals("SY04", tadmur.adm1(), "and takes the row's governorate and district");
        assertEquals("SY0405", tadmur.adm2());
        assertTrue(g.byId("gn:163808").isEmpty());
        assertEquals("SY04", g.byId("al-amiriya").orElseThrow().adm1(), "a curated place with no row: the nearest locality's");
    }

    @Test
    void localitiesAndRegionsBecomePlaces() throws IOException {
        writeFiles(new String[] {JADIDAH, KAFR_NUBL}, new String[] {HOMS_GOVERNORATE}, "جديده");
        Gazetteer g = Gazetteer.load(dir);
        Place jadidah = g.byId("gn:1").orElseThrow();
        assertTrue(jadidah.commonWord(), "its name is in the word list");
        assertEquals(PlaceType.VILLAGE, jadidah.type());
        assertEquals("SY07", jadidah.adm1());
        assertFalse(g.byId("gn:3").orElseThrow().commonWord());
        assertEquals(PlaceType.TOWN, g.byId("gn:3").orElseThrow().type(), "a sub-district seat");
        Place homs = g.byId("adm:SY04").orElseThrow();
        assertEquals(AdminLevel.GOVERNORATE, homs.adminLevel());
        assertEquals(PlaceType.REGION, homs.type());
        assertEquals(115.9, homs.precisionKm(), "a region's precision is its radius");
        assertEquals("SY04", homs.adminCode());
        assertEquals(homs, g.region("SY04").orElseThrow());
        assertTrue(g.ordinaryWords().contains("الجديده"));
    }

    @Test
    void typesAndPrecisionFromFeatureCodeAndPopulation() {
        assertEquals(PlaceType.CITY, BroadPlaces.typeOf("PPLA", 0));
        assertEquals(PlaceType.CITY, BroadPlaces.typeOf("PPLC", 0));
        assertEquals(PlaceType.CITY, BroadPlaces.typeOf("PPLA3", 150_000));
        assertEquals(PlaceType.TOWN, BroadPlaces.typeOf("PPLA2", 0));
        assertEquals(PlaceType.TOWN, BroadPlaces.typeOf("PPLA3", 596));
        assertEquals(PlaceType.TOWN, BroadPlaces.typeOf("PPL", 31_748));
        assertEquals(PlaceType.VILLAGE, BroadPlaces.typeOf("PPL", 0));
        assertEquals(PlaceType.VILLAGE, BroadPlaces.typeOf("PPLL", 0));
        assertEquals(PlaceType.NEIGHBOURHOOD, BroadPlaces.typeOf("PPLX", 0));
        assertEquals(PlaceType.SITE, BroadPlaces.typeOf("PPLQ", 0));
        assertEquals(1, BroadPlaces.precisionKm(PlaceType.VILLAGE));
        assertEquals(2, BroadPlaces.precisionKm(PlaceType.TOWN));
        assertEquals(3, BroadPlaces.precisionKm(PlaceType.CITY));
    }

    @Test
    void brokenLinesNameFileLineAndColumn() throws IOException {
        writeFiles(new String[] {row("gn:9", "9", "", "س", "س", "X", "X", "95.5", "36.1", "PPL", "0", "SY01", "SY0100")},
                new String[] {});
        String m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains(LocalityRow.FILE) && m.contains("line 2") && m.contains("\"latitude\""), m);

        writeFiles(new String[] {row("gn:9", "9", "", "س", "س", "X", "X", "35.5", "36.1", "PPL", "0", "SY01")}, new String[] {});
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("line 2") && m.contains("12 columns"), m);

        writeFiles(new String[] {row("x9", "9", "", "س", "س", "X", "X", "35.5", "36.1", "PPL", "0", "SY01", "SY0100")},
                new String[] {});
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("\"id\""), m);

        writeFiles(new String[] {JADIDAH, JADIDAH}, new String[] {});
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("line 3") && m.contains("duplicate"), m);

        writeFiles(new String[] {}, new String[] {HOMS_GOVERNORATE.replace("governorate", "province")});
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains(RegionRow.FILE) && m.contains("\"level\""), m);

        Files.writeString(dir.resolve(LocalityRow.FILE), "id\tname\n");
        m = assertThrows(GazetteerException.class, () -> Gazetteer.load(dir)).getMessage();
        assertTrue(m.contains("line 1") && m.contains("import-gazetteer"), m);
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
