package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicText;

/** Place names as they are written: attached clitics, presentation forms, longest match, and names that are common words. */
class PlaceFinderTest {
    private static PlaceFinder finder;

    @BeforeAll
    static void load() {
        finder = PlaceFinder.of(Gazetteer.load(Path.of("geodata")));
    }

    private static List<String> ids(String text) {
        return finder.find(ArabicText.analyze(text)).stream().map(m -> m.place().id()).toList();
    }

    @Test
    void aNameWithAnAttachedConjunction() {
        assertEquals(List.of("tadmur"), ids("المعارك في محيط السخنة وتدمر").subList(1, 2));
    }

    @Test
    void aNameWithTheArticleAndLam() {
        assertTrue(ids("وصلت التعزيزات للحسكة").contains("gn:173811"));
        assertTrue(ids("قصف الطيران بالحسكة").contains("gn:173811"));
        assertTrue(ids("ووصلت التعزيزات إلى الحسكة").contains("gn:173811"));
        assertTrue(ids("وصلت التعزيزات لبلدة القريتين").contains("al-qaryatayn"));
    }

    @Test
    void theTwoVillagesAreNoTownWithoutSupport() {
        // القريتين is also "the two villages": in an article on another province it is no town
        assertEquals(List.of(), ids("دخلت القوات القريتين المجاورتين للطريق"));
        assertEquals(List.of("al-qaryatayn"), ids("سيطر التنظيم على مدينة القريتين"));
    }

    @Test
    void aKafrNameIsFoundJoinedOrApart() {
        assertEquals(ids("سيطرت القوات على بلدة كفر بطنا"), ids("سيطرت القوات على بلدة كفربطنا"));
        assertEquals(1, ids("سيطرت القوات على بلدة كفربطنا").size());
    }

    @Test
    void eastGhoutaIsARegionAndNotAVillageCalledTheEastern() {
        assertEquals(List.of("eastern-ghouta", "adm:SY03"), ids("قصفت الطائرات الغوطة الشرقية بريف دمشق"));
    }

    @Test
    void theCountrysideIsARegionNotTheCity() {
        assertEquals(List.of("adm:SY09"), ids("سيطرت القوات على ريف دير الزور الشرقي"));
        assertEquals(List.of("adm:SY01", "adm:SY13"), ids("في محافظتي دمشق والسويداء"));
        assertEquals(List.of("adm:SY02", "adm:SY11"), ids("في محافظتي حلب والرقة"));
        assertEquals(List.of("adm:SY0203"), ids("دخلت القوات التركية منطقة عفرين"));
    }

    @Test
    void presentationFormsAreFound() {
        assertEquals(List.of("tadmur"), ids("سيطر التنظيم على ﺗﺪﻣﺮ"));
    }

    @Test
    void theMentionCarriesTheClitic() {
        PlaceMention m = finder.find(ArabicText.analyze("المعارك في السخنة وبتدمر")).get(1);
        assertEquals("tadmur", m.place().id());
        assertEquals("وب", m.prefix());
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("palmyra-airport"), ids("سيطر التنظيم على مطار تدمر العسكري"));
        assertEquals(List.of("tadmur-prison"), ids("سيطر التنظيم على سجن تدمر"));
        assertEquals(List.of("t4-airbase"), ids("هاجم التنظيم مطار التيفور"));
    }

    @Test
    void commonWordNamesNeedACue() {
        assertEquals(List.of("shaer-field"), ids("سيطر التنظيم على حقل الشاعر"));
        assertEquals(List.of("shaer-field"), ids("تسعى قوات النظام إلى استعادة حقول الشاعر للغاز"));
        assertEquals(List.of("jazal-field"), ids("سيطرت قوات النظام على حقل جزل النفطي"));
        assertEquals(List.of("al-mahr-field"), ids("سيطر التنظيم على حقل المهر"));
    }

    @Test
    void aDualCueCoversBothNamesOfTheList() {
        assertEquals(List.of("al-mahr-field", "jahar-field"), ids("سيطر التنظيم على حقلي المهر وجحار للغاز"));
        assertEquals(List.of("arak-field", "al-hail-field"), ids("سيطر التنظيم على حقلي آراك والهيل للغاز"));
    }

    @Test
    void commonWordNamesWithoutACueAreNotPlaces() {
        assertEquals(List.of(), ids("قال شاعر من المنطقة إن الحياة صعبة"));
        assertEquals(List.of(), ids("دفع العريس المهر كاملا"));
    }

    @Test
    void placeMentionsAreOrderedAndCoverTheName() {
        AnalyzedText t = ArabicText.analyze("سيطر التنظيم على بلدة مهين وقرية حوارين");
        List<PlaceMention> found = finder.find(t);
        assertEquals(List.of("mahin", "hawarin"), found.stream().map(m -> m.place().id()).toList());
        PlaceMention hawarin = found.get(1);
        assertEquals("قريه", hawarin.cueWord());
        int[] r = t.originalRange(hawarin.start(), hawarin.end());
        assertEquals("حوارين", t.original().substring(r[0], r[1]));
    }

    @Test
    void latinLettersInAName() {
        assertTrue(ids("سيطر التنظيم على محطة T3 لضخ النفط").contains("t3-station"));
    }

    @Test
    void aWordThatOnlyContainsANameIsNotThatPlace() {
        assertFalse(ids("التدمري قال إن المعارك مستمرة").contains("tadmur"));
    }

    @Test
    void aNameAfterACueThatNoSourceHasIsKeptUnlocated() {
        List<PlaceMention> found = finder.find(ArabicText.analyze("سيطرت القوات التركية على قرية كبشين في ريف عفرين"));
        PlaceMention m = found.get(0);
        assertEquals("unlocated:كبشين", m.place().id());
        assertEquals("كبشين", m.place().nameAr());
        assertTrue(m.place().isUnlocated() && Double.isNaN(m.place().lat()));
        // a name particle takes the next word too
        assertEquals("unlocated:ابو_كبشين", finder.find(ArabicText.analyze("سيطر الجيش على قرية أبو كبشين")).get(0).place().id());
        // an indefinite first word goes on with a definite one, but not with an adjective
        assertEquals("unlocated:جباثا_الخشب", finder.find(ArabicText.analyze("سيطر الجيش على بلدة جباثا الخشب")).get(0).place().id());
        assertEquals("unlocated:كبشين", finder.find(ArabicText.analyze("سيطر الجيش على بلدة كبشين الرئيسية")).get(0).place().id());
    }

    @Test
    void anAdjectiveOrAFunctionWordAfterACueIsNoUnlocatedName() {
        assertEquals(List.of(), ids("سيطر التنظيم على قرية صغيرة"));
        assertEquals(List.of(), ids("سيطر التنظيم على حقل نفطي"));
        assertEquals(List.of(), ids("سيطر التنظيم على قرية في البادية"));
        assertEquals(List.of(), ids("سيطر التنظيم على القرية المجاورة"));
        // a verb of a relative clause without التي, and the head of another noun phrase
        assertEquals(List.of(), ids("أكبر بلدة تمكنت القوات التركية من السيطرة عليها"));
        assertEquals(List.of(), ids("هاجمت قاعدة قوات سوريا الحرة"));
        assertEquals(List.of(), ids("سيطر التنظيم على قرى كبشين وبعدينا"));
        // a known name after a cue is the known place, never an unlocated one
        assertEquals(List.of("al-qaryatayn"), ids("سيطر التنظيم على مدينة القريتين"));
    }
}
