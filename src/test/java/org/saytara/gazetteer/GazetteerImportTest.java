package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import-gazetteer on a miniature of its three sources: a Who's On First checkout, an Open-Syria
 * checkout and a hunspell-ar dictionary, laid out as the real ones are.
 */
class GazetteerImportTest {
    @TempDir
    Path tmp;
    private Path wof, osg, dic, out;

    private void wofFile(long id, String json) throws IOException {
        Path f = wof.resolve("data").resolve(Long.toString(id)).resolve(id + ".geojson");
        Files.createDirectories(f.getParent());
        Files.writeString(f, json);
    }

    private static String square(double lon0, double lat0, double lon1, double lat1) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon0 + "," + lat0 + "],[" + lon1 + "," + lat0 + "],[" + lon1 + ","
                + lat1 + "],[" + lon0 + "," + lat1 + "],[" + lon0 + "," + lat0 + "]]]}";
    }

    private void area(long id, String placetype, String geometry) throws IOException {
        wofFile(id, "{\"type\":\"Feature\",\"properties\":{\"wof:id\":" + id + ",\"wof:placetype\":\"" + placetype
                + "\",\"wof:name\":\"a" + id + "\",\"wof:parent_id\":1},\"geometry\":" + geometry + "}");
    }

    private void locality(long id, Long gn, String ar, String name, double lat, double lon, String code, String extra)
            throws IOException {
        wofFile(id, "{\"type\":\"Feature\",\"properties\":{\"wof:id\":" + id + ",\"wof:placetype\":\"locality\",\"wof:name\":\""
                + name + "\"," + (gn == null ? "" : "\"wof:concordances\":{\"gn:id\":" + gn + "},\"gn:name\":\"" + name
                + "\",\"gn:asciiname\":\"" + name + "\",") + (code == null ? "" : "\"gn:feature_code\":\"" + code + "\",")
                + "\"name:ara_x_preferred\":" + ar + ",\"geom:latitude\":" + lat + ",\"geom:longitude\":" + lon
                + ",\"wof:hierarchy\":[{\"country_id\":85632413,\"region_id\":1}]" + extra + "},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}");
    }

    private static String unit(String id, String parentKeys, String pcode, String ar, String en, String aliases, double lat,
                               double lon, double area) {
        return "{\"id\":\"" + id + "\"," + parentKeys + "\"name\":{\"ar\":\"" + ar + "\",\"en\":\"" + en + "\"},\"aliases\":["
                + aliases + "],\"centroid\":{\"latitude\":" + lat + ",\"longitude\":" + lon + "},\"area\":{\"value\":" + area
                + "},\"externalIds\":{\"ochaPcode\":\"" + pcode + "\"}}";
    }

    @BeforeEach
    void sources() throws IOException {
        wof = tmp.resolve("wof");
        osg = tmp.resolve("osg");
        dic = tmp.resolve("ar.dic");
        out = tmp.resolve("geodata");
        // one region; county 10 holds one district, county 11 two (the Banyas / al-Qadmous case)
        area(1, "region", square(36, 35.5, 38, 37));
        area(10, "county", square(36, 35.5, 37, 37));
        area(11, "county", square(37, 35.5, 38, 37));
        locality(100, 170063L, "[\"حلب\",\"محافظة حلب\",\"مدينة حلب\"]", "Aleppo", 36.2, 36.6, "PPLA", "");
        locality(101, 174018L, "[\"الباب\"]", "Al Bab", 36.37, 37.3, "PPLA2", "");
        locality(102, 167357L, "[\"منبج\"]", "Manbij", 36.52, 37.95, null, ",\"edtf:deprecated\":\"2020-01-01\"");
        locality(103, 167357L, "[\"منبج\",\"منبيج\"]", "Manbij", 36.52, 37.95, "PPLA2", "");
        locality(104, 999L, "[\"Tall X\"]", "Tall X", 36.1, 36.4, "PPL", "");
        locality(105, null, "[\"تل جديد\"]", "Tall Jadid", 35.9, 37.5, null, "");
        locality(106, null, "[\"الباب\"]", "Bab", 36.371, 37.301, null, "");
        locality(107, 5L, "[\"الجديدة\"]", "Al Jadidah", 35.7, 36.2, "PPL", "");
        locality(108, 6L, "[\"تدمر\"]", "Tadmur", 35.8, 37.9, "PPL", "");
        locality(109, 7L, "[\"محمد\"]", "Muhammad", 35.6, 39.0, "PPL", "");
        Files.createDirectories(osg.resolve("data"));
        Files.writeString(osg.resolve("data/governorates.json"), "[" + unit("g", "", "SY02", "حلب", "Aleppo",
                "{\"value\":\"محافظة حلب\",\"language\":\"ar\"}", 36.25, 37.62, 18482) + "]");
        Files.writeString(osg.resolve("data/districts.json"), "[" + String.join(",",
                unit("x", "\"governorateId\":\"g\",", "SY0200", "جبل سمعان", "Mount Simeon",
                        "{\"value\":\"منطقة حلب\",\"language\":\"ar\"}", 36.2, 36.5, 3065),
                unit("y", "\"governorateId\":\"g\",", "SY0202", "الباب", "Al-Bab", "", 36.3, 37.3, 2014),
                unit("z", "\"governorateId\":\"g\",", "SY0205", "منبج", "Manbij", "", 36.5, 37.8, 5183)) + "]");
        Files.writeString(osg.resolve("data/subdistricts.json"), "[" + String.join(",",
                unit("x0", "\"governorateId\":\"g\",\"districtId\":\"x\",", "SY020000", "مركز جبل سمعان", "Jebel Saman", "",
                        36.2, 36.5, 600),
                unit("y0", "\"governorateId\":\"g\",\"districtId\":\"y\",", "SY020200", "مركز الباب", "Al Bab",
                        "{\"value\":\"ناحية الباب\",\"language\":\"ar\"}", 36.35, 37.25, 489),
                unit("z0", "\"governorateId\":\"g\",\"districtId\":\"z\",", "SY020500", "مركز منبج", "Menbij", "", 36.5, 37.9, 500))
                + "]");
        Files.writeString(dic, String.join("\n", "1000", "::::::::::::::", "stopwords.dic", "::::::::::::::", "بيد",
                "::::::::::::::", "names.dic", "::::::::::::::", "###أسماء\t3", "#البلدان", "تركيا/57", "تركي/58",
                "##اسماء،أشخاص##", "محمد/63", "####الأسماء####", "باب/76", "جديد/77", "قرية/73",
                "::::::::::::::", "verb.huns.dic", "::::::::::::::", "تدمر/228\t5", ""));
    }

    private GazetteerImportSummary run() {
        return GazetteerImport.run(new GazetteerImport.Sources(wof, osg, null, dic, null), out);
    }

    private Map<String, LocalityRow> localities() {
        return LocalityRow.read(out.resolve(LocalityRow.FILE)).stream().collect(Collectors.toMap(LocalityRow::id, Function.identity()));
    }

    @Test
    void everyPlaceWithAnArabicNameGetsItsGovernorateAndDistrict() {
        GazetteerImportSummary s = run();
        Map<String, LocalityRow> rows = localities();
        assertEquals(java.util.Set.of("gn:5", "gn:6", "gn:7", "gn:167357", "gn:170063", "gn:174018", "wof:105"), rows.keySet());
        assertEquals(1, s.withoutArabicName(), "Tall X has no Arabic name");
        assertEquals(List.of("حلب"), rows.get("gn:170063").namesAr(), "region names and a cue glued to its own name dropped");
        assertEquals("SY02", rows.get("gn:170063").adm1());
        assertEquals("SY0200", rows.get("gn:170063").adm2());
        assertEquals("SY0202", rows.get("gn:174018").adm2(), "county 11 holds two districts: the nearest sub-district decides");
        LocalityRow manbij = rows.get("gn:167357");
        assertEquals("SY0205", manbij.adm2());
        assertEquals(List.of("منبج", "منبيج"), manbij.namesAr(), "the deprecated record adds nothing");
        assertEquals("PPLA2", manbij.featureCode());
        assertEquals("PPL", rows.get("wof:105").featureCode(), "a WOF place GeoNames lacks, nothing near bears its name");
        assertEquals("SY02", rows.get("gn:7").adm1(), "outside every county: the nearest sub-district");
    }

    @Test
    void regionsAreNamedAsTheyAreWrittenWithTheirSeats() {
        run();
        Map<String, RegionRow> regions = RegionRow.read(out.resolve(RegionRow.FILE)).stream()
                .collect(Collectors.toMap(RegionRow::id, Function.identity()));
        RegionRow aleppo = regions.get("adm:SY02");
        assertEquals(List.of("محافظة حلب", "ريف حلب", "ريف محافظة حلب"), aleppo.namesAr());
        assertEquals("gn:170063", aleppo.seat());
        assertEquals(76.7, aleppo.radiusKm(), "the radius of a disc of 18,482 km²");
        RegionRow simeon = regions.get("adm:SY0200");
        assertTrue(simeon.namesAr().contains("منطقة حلب"), simeon.namesAr().toString());
        assertFalse(simeon.namesAr().contains("ريف حلب"), "ريف حلب is the governorate's");
        assertEquals(List.of("منطقة الباب", "ريف الباب"), regions.get("adm:SY0202").namesAr());
        assertEquals("gn:174018", regions.get("adm:SY0202").seat());
        assertEquals(List.of("ناحية مركز الباب", "ناحية الباب"), regions.get("adm:SY020200").namesAr());
        assertEquals(AdminLevel.SUBDISTRICT, regions.get("adm:SY020200").level());
        assertEquals("SY0202", regions.get("adm:SY020200").adm2());
    }

    @Test
    void theOrdinaryWordsAreNounsOfTheWordList() throws IOException {
        run();
        List<String> words = Files.readAllLines(out.resolve(OrdinaryWords.FILE));
        assertEquals("key\trule\tentry", words.get(0));
        assertTrue(words.contains("باب\tentry\tباب"), words.toString());
        assertTrue(words.contains("جديده\tfeminine\tجديد"), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.startsWith("تدمر\t")), "verbs are left out");
        assertFalse(words.stream().anyMatch(w -> w.startsWith("محمد\t")), "given names are left out");
    }

    @Test
    void theSameSourcesGiveTheSameBytes() throws IOException {
        run();
        byte[] first = Files.readAllBytes(out.resolve(LocalityRow.FILE));
        byte[] regions = Files.readAllBytes(out.resolve(RegionRow.FILE));
        run();
        assertArrayEquals(first, Files.readAllBytes(out.resolve(LocalityRow.FILE)));
        assertArrayEquals(regions, Files.readAllBytes(out.resolve(RegionRow.FILE)));
    }

    @Test
    void aMissingWordListSaysWhichPackageToInstall() {
        dic = tmp.resolve("nowhere/ar.dic");
        String m = assertThrows(GazetteerException.class, this::run).getMessage();
        assertTrue(m.contains("hunspell-ar") && m.contains("nowhere"), m);
    }

    @Test
    void theImportedFilesLoadAsAGazetteer() throws IOException {
        run();
        Files.writeString(out.resolve("places.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Gazetteer g = Gazetteer.load(out);
        assertEquals("gn:170063", g.seatOf(g.region("SY02").orElseThrow()).orElseThrow().id());
        assertTrue(g.byId("gn:5").orElseThrow().commonWord(), "الجديدة is an ordinary word");
        assertEquals(PlaceType.CITY, g.byId("gn:170063").orElseThrow().type());
    }
}
