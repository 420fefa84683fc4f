package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicNamesTest {
    @Test
    void keyFoldsSpellingVariants() {
        assertEquals(ArabicNames.key("تدمر"), ArabicNames.key("ﺗﺪﻣﺮ"), "presentation forms");
        assertEquals(ArabicNames.key("الدوة"), ArabicNames.key("الدوّة"), "shadda");
        assertEquals(ArabicNames.key("العامرية"), ArabicNames.key("عامريه"), "article and teh marbuta");
        assertEquals(ArabicNames.key("أثريا"), ArabicNames.key("اثريا"), "hamza on alef");
        assertEquals(ArabicNames.key("جب الجراح"), ArabicNames.key("جب  الجرّاح"), "spaces and shadda");
    }

    @Test
    void arabicMeansArabicNotPersian() {
        assertTrue(ArabicNames.isArabic("تل عمار"));
        assertFalse(ArabicNames.isArabic("پالمیرا"));
        assertFalse(ArabicNames.isArabic("Tadmur"));
        assertTrue(ArabicNames.isLatin("‘Arīqah"));
        assertFalse(ArabicNames.isLatin("Пальмира"));
    }

    @Test
    void bestArabicNameFollowsTheTransliteration() {
        assertEquals("عريقة", GeoNamesImport.bestArabicName("`Ariqah", List.of("تل عمار", "عريقة")));
        assertEquals("القريتين", GeoNamesImport.bestArabicName("Al Qaryatayn", List.of("القريتين")));
        assertEquals("صوران", GeoNamesImport.bestArabicName("Suran", List.of("تل سلحب", "صوران")));
    }
}
