package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.saytara.extract.Snippets.extract;
import static org.saytara.extract.Snippets.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "المدينة", "البلدة", possessives and pronouns lean on the place the article is about. */
class AnaphoraTest {

    @Test
    void theCityIsTheCurrentCity() {
        List<Event> events = extract("2016-12-12", "اقترب التنظيم من مدينة تدمر. ومن ثم سيطر على كامل المدينة.");
        assertEquals(SyriaSides.ISIS, only(events, "tadmur").controllerAfter());
    }

    @Test
    void itsPrisonAndItsAirportBelongToTheCurrentCity() {
        List<Event> events = extract("2016-12-12", "دخل التنظيم مدينة تدمر ثم سيطر على سجنها ومطارها.");
        assertEquals(SyriaSides.ISIS, only(events, "tadmur-prison").controllerAfter());
        assertEquals(SyriaSides.ISIS, only(events, "palmyra-airport").controllerAfter());
    }

    @Test
    void aPronounAfterTheTriggerIsTheLastPlaceNamed() {
        List<Event> events = extract("2015-11-02", "هاجم التنظيم قرية حوارين وسيطر عليها بعد انسحاب قوات النظام.");
        assertEquals(SyriaSides.ISIS, only(events, "hawarin").controllerAfter());
    }

    @Test
    void thePossessiveOnAMasdarIsTheLastPlaceNamed() {
        List<Event> events = extract("2016-03-27", "وكانت وحدات من الجيش قد أحكمت سيطرتها يوم الجمعة الماضي على قلعة تدمر التاريخية.");
        assertEquals(SyriaSides.GOVERNMENT, only(events, "palmyra-castle").controllerAfter());
    }

    @Test
    void theTownMeansTheTownJustNamed() {
        List<Event> events = extract("2015-11-23",
                "أعادت وحدات الجيش الأمن والاستقرار إلى بلدة مهين. وذكر مصدر عسكري أن التنظيم انسحب من البلدة.");
        assertEquals(1, events.stream().filter(e -> e.place().id().equals("mahin")).count(), events::toString);
    }

    @Test
    void theTownIsTheLastPlaceNamedAsATownNotTheLastCity() {
        List<Event> events = extract("2016-04-04",
                "استعادت قوات النظام بلدة القريتين بعد أسبوع من استعادتها مدينة تدمر. وكان تنظيم داعش قد سيطر على البلدة في آب الماضي.");
        assertEquals(1, Snippets.at(events, "al-qaryatayn").stream().filter(e -> SyriaSides.ISIS.equals(e.controllerAfter())).count(), events::toString);
        assertEquals(0, Snippets.at(events, "tadmur").stream().filter(e -> SyriaSides.ISIS.equals(e.controllerAfter())).count(), events::toString);
    }
}
