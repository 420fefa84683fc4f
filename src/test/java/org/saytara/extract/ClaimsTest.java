package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.extract.Snippets.extract;
import static org.saytara.extract.Snippets.only;

import org.junit.jupiter.api.Test;

/** A capture told only by the gainer's own media is a claim; an independent voice or the loser's admission confirms it. */
class ClaimsTest {
    private static final String AMAQ = "نقلت وكالة أعماق التابعة لتنظيم الدولة أن مقاتلي التنظيم سيطروا على قرية تياس.";

    @Test
    void amaqAloneIsAnIsisClaim() {
        Event e = only(extract("2016-12-14", "Zaman al-Wasl", AMAQ), "tiyas");
        assertTrue(e.claimed());
        assertNotNull(e.claimedBy());
        assertEquals(SyriaSides.ISIS, e.controllerAfter());
    }

    @Test
    void sanaReportingTheArmyIsARegimeClaim() {
        assertTrue(only(extract("2016-12-14", "ذكرت وكالة سانا أن الجيش سيطر على قرية تياس."), "tiyas").claimed());
    }

    @Test
    void theMilitaryMediaIsARegimeClaim() {
        assertTrue(only(extract("2016-12-14", "أعلن الإعلام الحربي أن الجيش سيطر على قرية تياس."), "tiyas").claimed());
    }

    @Test
    void anArticleOfSanaItselfIsARegimeClaim() {
        Event e = only(extract("2016-03-27", "SANA",
                "أعادت وحدات من الجيش العربي السوري بالتعاون مع القوات الرديفة الأمن والاستقرار إلى مدينة تدمر اليوم."), "tadmur");
        assertTrue(e.claimed());
        assertEquals(SyriaSides.GOVERNMENT, e.controllerAfter());
    }

    @Test
    void theObservatoryIsIndependent() {
        assertFalse(only(extract("2016-12-14", "قال المرصد السوري لحقوق الإنسان إن التنظيم سيطر على قرية تياس."), "tiyas").claimed());
    }

    @Test
    void anIndependentSecondVoiceConfirmsTheClaim() {
        Event e = only(extract("2016-12-14", AMAQ + " وأكد المرصد السوري لحقوق الإنسان سيطرة التنظيم على القرية."), "tiyas");
        assertFalse(e.claimed());
        assertEquals(SyriaSides.ISIS, e.controllerAfter());
    }

    @Test
    void theLosersOwnMediaAdmittingTheLossConfirmsTheClaim() {
        Event e = only(extract("2016-12-14", AMAQ + " واعترف التلفزيون السوري الرسمي بانسحاب الجيش من القرية."), "tiyas");
        assertFalse(e.claimed());
        assertEquals(SyriaSides.ISIS, e.controllerAfter());
    }

    @Test
    void anOppositionOutletReportingARegimeGainIsNoClaim() {
        Event e = only(extract("2016-03-28", "Orient Net",
                "سيطرت قوات الأسد والميليشيات الموالية لها على مدينة تدمر بغطاء جوي روسي كثيف."), "tadmur");
        assertFalse(e.claimed());
        assertEquals(SyriaSides.GOVERNMENT, e.controllerAfter());
    }
}
