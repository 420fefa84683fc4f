package org.saytara.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Normalisation: one spelling for Arabic as it is written on the web, with offsets back to the original. */
class ArabicNormalizerTest {

    private static String norm(String s) {
        return ArabicNormalizer.normalize(s).norm();
    }

    @Test
    void presentationFormsBecomeOrdinaryLetters() {
        assertEquals("تدمر", norm("ﺗﺪﻣﺮ"));
    }

    @Test
    void offsetsOfAPresentationFormWordPointBackIntoTheOriginal() {
        String original = "سقطت ﺗﺪﻣﺮ أمس";
        NormalizedText nt = ArabicNormalizer.normalize(original);
        int at = nt.norm().indexOf("تدمر");
        int[] range = nt.originalRange(at, at + "تدمر".length());
        assertEquals("ﺗﺪﻣﺮ", original.substring(range[0], range[1]));
    }

    @Test
    void offsetsSkipDroppedDiacriticsAndTatweel() {
        String original = "سيطرَ التنظيمُ على تـــدمـر";
        NormalizedText nt = ArabicNormalizer.normalize(original);
        int at = nt.norm().indexOf("تدمر");
        int[] range = nt.originalRange(at, at + 4);
        assertEquals("تـــدمـر", original.substring(range[0], range[1]));
    }

    @Test
    void hamzaAndMaddaFormsOfAlefBecomeBareAlef() {
        assertEquals("اراك", norm("آراك"));
        assertEquals("الاسلاميه", norm("الإسلامية"));
        assertEquals("اعماق", norm("أعماق"));
    }

    @Test
    void tehMarbutaBecomesHeh() {
        assertEquals("الدوله", norm("الدولة"));
    }

    @Test
    void alefMaksuraBecomesYeh() {
        assertEquals("علي", norm("على"));
    }

    @Test
    void tatweelAndDiacriticsAreDropped() {
        assertEquals("تدمر", norm("تـــدمـر"));
        assertEquals("سيطر", norm("سَيْطَرَ"));
        assertEquals("الدوه", norm("الدوّة"));
    }

    @Test
    void easternArabicAndPersianDigitsBecomeAscii() {
        assertEquals("11/12/2016", norm("١١/١٢/٢٠١٦"));
        assertEquals("2015", norm("۲۰۱۵"));
    }

    @Test
    void latinIsLowerCased() {
        assertEquals("محطه t3", norm("محطة T3"));
    }

    @Test
    void normalizeTermAppliesTheSameRulesAndCollapsesSpaces() {
        assertEquals("حقل الشاعر", ArabicNormalizer.normalizeTerm("حقل   الشّاعر"));
        assertEquals(norm("مستودعات مهين"), ArabicNormalizer.normalizeTerm("مستودعات مهين"));
    }
}
