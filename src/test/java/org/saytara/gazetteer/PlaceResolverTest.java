package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saytara.text.ArabicText;

/**
 * One test per heuristic of {@link PlaceFinder} and {@link PlaceResolver}, in CLAVIN's manner, on a
 * small gazetteer made for the purpose: namesakes in several governorates, regions, and names that
 * are ordinary words.
 */
class PlaceResolverTest {
    private static final List<Place> PLACES = new ArrayList<>();
    private static final PlaceFinder FINDER;

    private static Place town(String id, String ar, double lat, double lon, String adm1, String adm2, String code, long pop) {
        Place p = new Place(id, ar, id, List.of(ar), List.of(id), BroadPlaces.typeOf(code, pop), lat, lon,
                BroadPlaces.precisionKm(BroadPlaces.typeOf(code, pop)), null, "test", null, pop, false, false, adm1, adm2,
                AdminLevel.NONE, code);
        PLACES.add(p);
        return p;
    }

    private static void governorate(String pcode, String core, double lat, double lon, double radiusKm) {
        PLACES.add(new Place("adm:" + pcode, "محافظة " + core, core + " Governorate",
                List.of("محافظة " + core, "ريف " + core), List.of(core), PlaceType.REGION, lat, lon, radiusKm, null, "test",
                null, 0, false, false, pcode, null, AdminLevel.GOVERNORATE, null));
    }

    private static void subdistrict(String pcode, String adm1, String adm2, String core, double lat, double lon, double radiusKm) {
        PLACES.add(new Place("adm:" + pcode, "ناحية " + core, core + " Subdistrict", List.of("ناحية " + core),
                List.of(core), PlaceType.REGION, lat, lon, radiusKm, null, "test", null, 0, false, false, adm1, adm2,
                AdminLevel.SUBDISTRICT, null));
    }

    static {
        town("aleppo", "حلب", 36.20, 37.16, "SY02", "SY0200", "PPLA", 1_600_000);
        town("idlib", "إدلب", 35.93, 36.63, "SY07", "SY0700", "PPLA", 128_000);
        town("hama", "حماة", 35.13, 36.76, "SY05", "SY0501", "PPLA", 460_000);
        town("homs", "حمص", 34.73, 36.72, "SY04", "SY0401", "PPLA", 775_000);
        town("daraa", "درعا", 32.62, 36.10, "SY12", "SY1200", "PPLA", 98_000);
        town("damascus", "دمشق", 33.51, 36.29, "SY01", "SY0100", "PPLC", 1_570_000);
        town("sweida", "السويداء", 32.71, 36.57, "SY13", "SY1300", "PPLA", 59_000);
        town("raqqa", "الرقة", 35.95, 39.01, "SY11", "SY1101", "PPLA", 178_000);
        town("busra", "بصرى الشام", 32.52, 36.48, "SY12", "SY1200", "PPLA3", 20_000);
        town("bab", "الباب", 36.37, 37.52, "SY02", "SY0202", "PPLA2", 130_000);
        // namesakes
        town("jdeideh-aleppo-east", "الجديدة", 36.25, 37.60, "SY02", "SY0202", "PPL", 0);
        town("jdeideh-idlib-south", "الجديدة", 35.55, 36.62, "SY07", "SY0702", "PPL", 0);
        town("jdeideh-idlib-north", "الجديدة", 36.15, 36.60, "SY07", "SY0703", "PPL", 0);
        town("jdeideh-daraa", "الجديدة", 32.80, 36.00, "SY12", "SY1200", "PPL", 0);
        town("karak-daraa", "الكرك", 32.68, 36.35, "SY12", "SY1200", "PPL", 0);
        town("karak-hama-north", "الكرك", 35.45, 36.70, "SY05", "SY0501", "PPL", 0);
        town("hamidiyah-aleppo", "الحميدية", 36.30, 37.30, "SY02", "SY0200", "PPL", 0);
        town("hamidiyah-daraa", "الحميدية", 32.55, 36.45, "SY12", "SY1200", "PPL", 0);
        town("douma-city", "دوما", 33.57, 36.40, "SY03", "SY0302", "PPLA2", 111_000);
        town("douma-village", "دوما", 32.85, 36.77, "SY13", "SY1300", "PPL", 0);
        town("qaryatayn", "القريتين", 34.23, 37.24, "SY04", "SY0401", "PPLA3", 0);
        town("qusur-hasakah", "القصور", 36.30, 40.77, "SY08", "SY0800", "PPL", 0);
        town("tadmur", "تدمر", 34.56, 38.28, "SY04", "SY0405", "PPLA2", 51_000);
        town("rahman", "الرحمن", 36.0, 40.0, "SY08", "SY0800", "PPL", 0);
        town("wasia", "واسعة", 35.0, 38.0, "SY04", "SY0405", "PPL", 0);
        town("sukhnah", "السخنة", 34.88, 38.87, "SY04", "SY0405", "PPLA3", 0);
        governorate("SY02", "حلب", 36.25, 37.62, 77);
        governorate("SY07", "إدلب", 35.77, 36.67, 44);
        governorate("SY05", "حماة", 35.23, 37.20, 53);
        governorate("SY04", "حمص", 34.47, 38.30, 116);
        governorate("SY12", "درعا", 32.85, 36.22, 34);
        governorate("SY01", "دمشق", 33.52, 36.28, 6);
        governorate("SY13", "السويداء", 32.77, 36.85, 42);
        governorate("SY11", "الرقة", 36.00, 38.93, 79);
        subdistrict("SY040501", "SY04", "SY0405", "السخنة", 34.95, 38.90, 66);
        FINDER = PlaceFinder.of(Gazetteer.of(PLACES,
                Set.of("الجديدة", "الكرك", "القريتين", "القصور", "واسعة", "حمص", "حماة", "الباب", "السخنة")));
    }

    private static List<String> ids(String text) {
        return FINDER.find(ArabicText.analyze(text)).stream().map(m -> m.place().id()).toList();
    }

    @Test
    void aRegionNamedBesideTheNamePicksThePlaceInsideIt() {
        assertEquals(List.of("jdeideh-aleppo-east", "adm:SY02"), ids("سيطرت القوات على قرية الجديدة بريف حلب"));
        assertEquals("jdeideh-daraa", ids("سيطرت القوات على الجديدة في ريف درعا").get(0));
    }

    @Test
    void aGovernorateNamedWithMuhafazaPicksThePlaceInsideIt() {
        assertEquals("karak-daraa", ids("قصفت الطائرات بلدة الكرك في محافظة درعا").get(0));
    }

    @Test
    void aDirectionFromATownPicksThePlaceOnThatSide() {
        assertEquals(List.of("karak-hama-north", "hama"), ids("سيطرت الفصائل على قرية الكرك شمال حماة"));
    }

    @Test
    void theCountrysideWithADirectionPicksThatSideOfIt() {
        assertEquals("jdeideh-idlib-south", ids("سيطرت القوات على قرية الجديدة في ريف إدلب الجنوبي").get(0));
        assertEquals("jdeideh-idlib-north", ids("سيطرت القوات على قرية الجديدة في ريف إدلب الشمالي").get(0));
    }

    @Test
    void aRegionNamedEarlierInTheSentenceStillLocatesTheName() {
        assertEquals("hamidiyah-daraa", ids("في ريف درعا الشرقي، سيطرت الفصائل على الحميدية").get(1));
    }

    @Test
    void theNearestClusterOfTheArticlesPlacesWins() {
        assertEquals(List.of("busra", "hamidiyah-daraa"), ids("سيطرت الفصائل على بصرى الشام. وتقدمت نحو الحميدية"));
        assertEquals(List.of("bab", "hamidiyah-aleppo"), ids("سيطرت القوات على مدينة الباب. وتقدمت نحو الحميدية"));
    }

    @Test
    void theGovernoratesTheArticleNamesWeighOnTheChoice() {
        // no cluster point: the governorate named decides between two villages far from it
        assertEquals("hamidiyah-daraa", ids("اشتباكات في محافظة درعا. وسيطرت الفصائل على الحميدية").get(1));
    }

    @Test
    void placeRankPrefersTheCityOverAVillageOfTheSameName() {
        assertEquals(List.of("douma-city"), ids("سيطرت القوات على دوما"));
    }

    @Test
    void theCountrysideOfATownIsARegionNotTheTown() {
        assertEquals(List.of("adm:SY02"), ids("سيطر التنظيم على قرى في ريف حلب"));
        assertEquals(List.of("adm:SY07"), ids("قصفت الطائرات محافظة إدلب"));
    }

    @Test
    void aDualOrAListAfterMuhafazaNamesRegions() {
        assertEquals(List.of("adm:SY01", "adm:SY13"), ids("دخلت القوات محافظتي دمشق والسويداء"));
        assertEquals(List.of("adm:SY02", "adm:SY11"), ids("تسيطر الفصائل على أجزاء من محافظتي حلب والرقة"));
        assertEquals(List.of("adm:SY02", "adm:SY05", "adm:SY07"), ids("في محافظة حلب وحماة وإدلب"));
        // a compass adjective after an item does not end the list
        assertEquals(List.of("adm:SY04", "adm:SY05"), ids("سيطرت القوات على ريفي حمص الشمالي وحماة الجنوبي"));
    }

    @Test
    void aSubdistrictIsNamedWithNahiya() {
        assertEquals(List.of("adm:SY040501"), ids("سيطر التنظيم على ناحية السخنة"));
    }

    @Test
    void aNameThatIsAnOrdinaryWordNeedsSupport() {
        assertEquals(List.of(), ids("وصلت التعزيزات إلى القريتين"));
        assertEquals(List.of("qaryatayn"), ids("وصلت التعزيزات إلى بلدة القريتين"));
        assertEquals(List.of("qaryatayn", "adm:SY04"), ids("وصلت التعزيزات إلى القريتين بريف حمص"));
        assertEquals(List.of("tadmur", "qaryatayn"), ids("سيطر التنظيم على تدمر والقريتين"));
    }

    @Test
    void aGovernorateSeatsOwnNameIsNoOrdinaryWord() {
        assertEquals(List.of("hama"), ids("وصلت التعزيزات إلى حماة"));
        // even a seat's name of three letters
        assertEquals(List.of("homs"), ids("وصلت التعزيزات إلى حمص"));
        assertEquals(List.of("homs"), ids("وصلت التعزيزات إلى مدينة حمص"));
        // while another name of three letters needs support
        assertEquals(List.of(), ids("وصلت التعزيزات إلى تل"));
    }

    @Test
    void aCueAnnouncesAKindOfPlace() {
        // a hill called القصور is not the village of that name
        assertEquals(List.of(), ids("سيطرت القوات على تلة القصور"));
        assertEquals(List.of("qusur-hasakah"), ids("سيطرت القوات على قرية القصور"));
    }

    @Test
    void aNameInsideAPersonsNameIsNoPlace() {
        assertEquals(List.of(), ids("قال مدير المرصد رامي عبد الرحمن"));
        // a title before a name: الشيخ أبو عاصي is a man, not the village أبو عاصي
        assertEquals(List.of(), ids("تحت زعامة الشيخ أبو عاصي"));
    }

    @Test
    void aFeminineAdjectiveAfterACueIsNoName() {
        assertEquals(List.of(), ids("تسيطر القوات على منطقة واسعة"));
    }

    @Test
    void afterAPluralHeadAnOrdinaryWordCountsOnlyInAList() {
        assertEquals(List.of(), ids("تسيطر القوات على مناطق واسعة"));
        assertEquals(List.of("الجديدة", "الكرك"), FINDER.find(ArabicText.analyze("سيطرت القوات على قرى الجديدة والكرك"))
                .stream().map(m -> m.place().nameAr()).toList());
    }

    @Test
    void anOrdinaryWordRightAfterADefiniteNounIsItsAdjective() {
        // "the new phase in the Aleppo countryside": الجديدة is placed by the region beside it, but it qualifies المرحلة
        assertEquals(List.of("adm:SY02"), ids("بدأت المرحلة الجديدة في ريف حلب"));
        assertEquals(List.of("jdeideh-aleppo-east", "adm:SY02"), ids("سيطرت القوات على الجديدة في ريف حلب"));
    }

    @Test
    void aCueThatSaysWhatThePlaceIsKeepsItHoweverFar() {
        assertEquals(List.of("tadmur", "sukhnah", "qusur-hasakah"), ids("هاجم التنظيم مدينة تدمر وبلدة السخنة وقرية القصور"));
    }

    @Test
    void aFarNamesakeHeldOnlyByItsCueIsAnotherPlace() {
        // an article on Palmyra: "حاجز القصور" is a checkpoint there, not the village in Hasakah
        assertEquals(List.of("tadmur", "sukhnah"), ids("هاجم التنظيم مدينة تدمر وبلدة السخنة وحاجز القصور"));
    }
}
