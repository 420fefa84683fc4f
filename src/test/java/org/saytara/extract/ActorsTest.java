package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.saytara.extract.Snippets.extract;
import static org.saytara.extract.Snippets.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who takes the place: the actor names of the press, grouped into sides. */
class ActorsTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource({
        "تنظيم الدولة,                isis,       isis",
        "تنظيم الدولة الإسلامية,      isis,       isis",
        "داعش,                        isis,       isis",
        "الدواعش,                     isis,       isis",
        "عناصر الدولة الإسلامية,      isis,       isis",
        "التنظيم,                     isis,       isis",
        "قوات النظام,                 regime,     GOVERNMENT",
        "جيش الأسد,                   regime,     GOVERNMENT",
        "الجيش السوري,                regime,     GOVERNMENT",
        "قوات النمر,                  regime,     GOVERNMENT",
        "الميليشيات الموالية,          loyalists,  GOVERNMENT",
        "القوات الروسية,              russia,     GOVERNMENT",
        "الحرس الثوري الإيراني,        iran,       GOVERNMENT",
        "الجيش السوري الحر,           opposition, OPPOSITION",
        "فصائل الجيش السوري الحر,     opposition, OPPOSITION",
        "فصائل المعارضة السورية,      opposition, OPPOSITION",
        "قوات سوريا الديمقراطية,      sdf,        SDF",
        "فصائل المعارضة,              opposition, OPPOSITION",
        "المعارضة,                    opposition, OPPOSITION",
        "مقاتلو المعارضة,             opposition, OPPOSITION",
    })
    void theSubjectOfTheVerbGainsThePlace(String actor, String actorId, String side) {
        Event e = only(extract("2016-03-05", "سيطر " + actor + " على بلدة مهين."), "mahin");
        assertEquals(actorId, e.actorGaining());
        assertEquals(SyriaSides.SYRIA.side(side.toLowerCase(java.util.Locale.ROOT)), e.controllerAfter());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "سيطرت فصائل من الجيش السوري الحر على معبر التنف., al-tanf, OPPOSITION",
        "تقدم الجيش السوري الحر وسيطر على معبر التنف.,    al-tanf, OPPOSITION",
        "سيطر الجيش السوري على معبر التنف.,               al-tanf, GOVERNMENT",
    })
    void theFreeSyrianArmyIsTheOppositionNotTheArmy(String sentence, String place, String side) {
        assertEquals(SyriaSides.SYRIA.side(side.toLowerCase(java.util.Locale.ROOT)), only(extract("2016-03-05", sentence), place).controllerAfter());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "سيطر تنظيم داعش على قرية تياس ثم تقدم التنظيم وسيطر على قرية حويسيس., huwaysis",
        "استعاد تنظيم داعش مدينة تدمر وسيطر الأخير على سجن تدمر.,             tadmur-prison",
    })
    void theOrganisationAndTheLatterPointBackToTheLastOrganisationNamed(String sentence, String place) {
        assertEquals(SyriaSides.ISIS, only(extract("2016-12-12", sentence), place).controllerAfter());
    }

    @org.junit.jupiter.api.Test
    void aWithdrawalNamesTheLoserAndTheNamedGainer() {
        Event e = only(extract("2016-12-12", "انسحبت قوات النظام من قرية تياس أمام هجوم تنظيم داعش."), "tiyas");
        assertEquals(EventKind.WITHDRAWAL, e.kind());
        assertEquals("regime", e.actorLosing());
    }

    @org.junit.jupiter.api.Test
    void theExpellerGainsAndTheExpelledIsNotTheGainer() {
        assertEquals(SyriaSides.GOVERNMENT, only(extract("2016-03-28", "طردت قوات النظام التنظيم من تدمر."), "tadmur").controllerAfter());
    }

    @org.junit.jupiter.api.Test
    void aSubjectAfterAnObjectPronounIsTheGainer() {
        java.util.List<Event> events = extract("2016-12-12", "انسحبت قوات النظام من قرية تياس وسيطر عليها تنظيم داعش.");
        org.junit.jupiter.api.Assertions.assertTrue(
                Snippets.at(events, "tiyas").stream().allMatch(e -> SyriaSides.ISIS.equals(e.controllerAfter())), events::toString);
    }

    @org.junit.jupiter.api.Test
    void aWithdrawalWithNoGainerLeavesTheControllerOpen() {
        Event e = only(extract("2016-03-05", "انسحبت قوات النظام من بلدة مهين."), "mahin");
        assertEquals(EventKind.WITHDRAWAL, e.kind());
        assertEquals(null, e.controllerAfter());
    }

    @org.junit.jupiter.api.Test
    void theGainerOfAnExpulsionIsTheOneWhoExpels() {
        Event e = only(extract("2016-12-12", "سيطرت قوات النظام على قرية تياس بعد طرد التنظيم منها."), "tiyas");
        assertEquals("regime", e.actorGaining());
        assertEquals(SyriaSides.GOVERNMENT, e.controllerAfter());
    }
}
