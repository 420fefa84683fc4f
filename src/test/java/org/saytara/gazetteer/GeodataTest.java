package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saytara.json.Json;

/** The committed geodata/ folder itself: loads, and says what the research says. */
class GeodataTest {
    private static final Path GEODATA = Path.of("geodata");
    private static final Gazetteer GAZETTEER = Gazetteer.load(GEODATA);

    /** Syria with a margin of a few km. */
    private static boolean inSyria(Place p) {
        return p.lat() >= 32.2 && p.lat() <= 37.4 && p.lon() >= 35.6 && p.lon() <= 42.5;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(a));
    }

    private static List<Place> curated() {
        return GAZETTEER.places().stream().filter(Place::curated).toList();
    }

    @Test
    void everyPlaceIsNamedAndInSyria() {
        assertTrue(curated().size() >= 50, "curated: " + curated().size());
        assertTrue(GAZETTEER.places().size() - curated().size() >= 9_500, "imported places");
        for (Place p : GAZETTEER.places()) {
            assertFalse(p.nameAr() == null || p.nameAr().isBlank(), p.id());
            assertFalse(p.nameEn() == null || p.nameEn().isBlank(), p.id());
            assertTrue(p.aliasesAr().contains(p.nameAr()), p.id());
            assertTrue(inSyria(p), p.id() + " at " + p.lat() + "," + p.lon());
            assertTrue(p.precisionKm() > 0, p.id());
            assertFalse(p.source().isBlank(), p.id());
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Place p : GAZETTEER.places()) if (!ids.add(p.id())) duplicates.add(p.id());
        assertEquals(List.of(), duplicates);
    }

    @Test
    void tadmurIsWhereGeoNamesPutsIt() {
        Place tadmur = GAZETTEER.byId("tadmur").orElseThrow();
        assertTrue(km(tadmur.lat(), tadmur.lon(), 34.5624, 38.2840) < 1);
        assertEquals(163808L, tadmur.geonamesId());
        assertTrue(GAZETTEER.byId("gn:163808").isEmpty(), "merged, not duplicated");
    }

    /**
     * Every name of shared/reference/places.md but one: "مدينة تدمر الأثرية" in the press means the
     * city with its ruins, so it is left to match Tadmur through the name inside it.
     */
    @Test
    void everyNameOfTheResearchNotesIsKnown() {
        Set<String> names = curated().stream().flatMap(p -> p.aliasesAr().stream()).collect(Collectors.toSet());
        for (String name : List.of("تدمر", "القلعة الأثرية", "قلعة تدمر", "قلعة فخر الدين المعني",
                "سجن تدمر", "مطار تدمر العسكري", "البساتين", "الصوامع", "ضاحية العامرية", "العامرية", "جبل الطار",
                "جبل هايل", "جبل الهيال", "تلة المدفعية", "تلة الأبراج", "مطار التيفور", "مطار التي فور", "مطار T4",
                "مطار الT4", "قاعدة التياس", "مطار التياس", "تياس", "الدوة", "الدوّة", "حقل جزل", "حقل شاعر",
                "حقل الشاعر", "حويسيس", "حقل جحار", "حقل المهر", "شركة المهر للغاز", "القريتين", "مفرق القريتين",
                "البارة", "السخنة", "حمص", "حلب", "طريق حمص تدمر", "طريق تدمر حمص")) {
            assertTrue(names.contains(name), name);
        }
    }

    @Test
    void estimatesKeepTheirUncertainty() {
        for (Place p : curated()) {
            if (p.source().contains("ESTIMATE")) assertTrue(p.precisionKm() >= 10, p.id() + " is an estimate");
            if (p.geonamesId() == null && !p.source().contains("ESTIMATE")) {
                assertTrue(p.source().contains("encyclopedia") || p.source().contains("web source")
                        || p.source().contains("general knowledge") || p.source().contains("Who's On First"),
                        p.id() + ": " + p.source());
            }
        }
        assertEquals(25, GAZETTEER.byId("shaer-field").orElseThrow().precisionKm());
    }

    @Test
    void placesThatNeedACueAreMarked() {
        for (String id : List.of("palmyra-silos", "palmyra-orchards", "al-amiriya", "al-bara", "shaer-field",
                "jazal-field", "al-mahr-field", "al-dawwa")) {
            assertTrue(GAZETTEER.byId(id).orElseThrow().commonWord(), id);
        }
        assertFalse(GAZETTEER.byId("tadmur").orElseThrow().commonWord());
        // about a fifth of Syria's village names are also words (الجديدة "the new", القريتين "the two villages")
        long imported = GAZETTEER.places().stream().filter(p -> !p.curated() && !p.isAdminRegion()).count();
        long flagged = GAZETTEER.places().stream().filter(p -> !p.curated() && p.commonWord()).count();
        assertTrue(flagged > imported / 20 && flagged < imported / 3, "imported places named by an ordinary word: " + flagged);
        assertTrue(GAZETTEER.ordinaryWords().contains("القريتين") && GAZETTEER.ordinaryWords().contains("الباب"));
        assertFalse(GAZETTEER.ordinaryWords().contains("تدمر"), "a verb form is no noun of the word list");
    }

    @Test
    void everyImportedPlaceHasItsGovernorateAndDistrict() {
        for (Place p : GAZETTEER.places()) {
            if (p.curated()) continue;
            assertTrue(p.adm1() != null && p.adm1().matches("SY\\d{2}"), p.id() + " adm1 " + p.adm1());
            assertTrue(p.isAdminRegion() && p.adminLevel() == AdminLevel.GOVERNORATE
                    || p.adm2() != null && p.adm2().startsWith(p.adm1()), p.id() + " adm2 " + p.adm2());
            assertTrue(GAZETTEER.region(p.adm1()).isPresent(), p.id());
        }
        Place tadmur = GAZETTEER.byId("tadmur").orElseThrow();
        assertEquals("SY04", tadmur.adm1(), "curated places take their GeoNames row's governorate");
        assertEquals("SY0405", tadmur.adm2());
        assertEquals("SY04", GAZETTEER.byId("t4-airbase").orElseThrow().adm1(), "or the nearest locality's");
    }

    @Test
    void regionsHaveTheirLevelsNamesAndSeats() {
        long governorates = GAZETTEER.places().stream().filter(p -> p.adminLevel() == AdminLevel.GOVERNORATE).count();
        long districts = GAZETTEER.places().stream().filter(p -> p.adminLevel() == AdminLevel.DISTRICT).count();
        long subdistricts = GAZETTEER.places().stream().filter(p -> p.adminLevel() == AdminLevel.SUBDISTRICT).count();
        assertEquals(14, governorates);
        assertTrue(districts >= 60 && subdistricts >= 270, districts + " districts, " + subdistricts + " sub-districts");
        Place aleppo = GAZETTEER.region("SY02").orElseThrow();
        assertTrue(aleppo.aliasesAr().containsAll(List.of("محافظة حلب", "ريف حلب")), aleppo.aliasesAr().toString());
        assertFalse(aleppo.aliasesAr().contains("حلب"), "the bare name is the city's");
        assertEquals("aleppo", GAZETTEER.seatOf(aleppo).orElseThrow().id(), "the seat merged into the curated city");
        assertTrue(aleppo.precisionKm() > 50 && aleppo.precisionKm() < 100, "radius of a disc of 18,482 km²");
        Place rifDimashq = GAZETTEER.region("SY03").orElseThrow();
        assertTrue(rifDimashq.aliasesAr().contains("ريف دمشق"));
        assertFalse(GAZETTEER.region("SY01").orElseThrow().aliasesAr().contains("ريف دمشق"), "ريف دمشق is its own governorate");
        assertTrue(GAZETTEER.region("SY0202").orElseThrow().aliasesAr().containsAll(List.of("منطقة الباب", "ريف الباب")));
    }

    @Test
    void palmyraHasItsParts() {
        Set<String> children = GAZETTEER.children("tadmur").stream().map(Place::id).collect(Collectors.toSet());
        assertTrue(children.containsAll(Set.of("palmyra-castle", "tadmur-prison", "palmyra-airport", "palmyra-silos",
                "palmyra-orchards", "al-amiriya", "artillery-hill", "towers-hill", "jabal-al-tar")), children.toString());
    }

    @Test
    void countriesFileHoldsSyriaAndItsNeighbours() throws IOException {
        JsonNode root = Json.mapper().readTree(GEODATA.resolve("countries.geojson").toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        Set<String> names = new HashSet<>();
        for (JsonNode f : root.get("features")) {
            names.add(f.get("properties").get("name").asText());
            String type = f.get("geometry").get("type").asText();
            assertTrue(type.equals("Polygon") || type.equals("MultiPolygon"), type);
        }
        assertTrue(names.containsAll(Set.of("Syria", "Turkey", "Iraq", "Jordan", "Lebanon", "Israel", "Palestine",
                "Cyprus")), names.toString());
    }
}
