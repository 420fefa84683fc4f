package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.extract.Snippets.at;
import static org.saytara.extract.Snippets.extract;
import static org.saytara.extract.Snippets.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date an event gets: its own words, a recalled event's own date, or the publication date as an upper bound. */
class EventDatesTest {

    @Test
    void theSentencesOwnDateWins() {
        Event e = only(extract("2016-12-12", "وكان التنظيم سيطر الخميس الماضي على حقل المهر."), "al-mahr-field");
        assertEquals(LocalDate.of(2016, 12, 8), e.date());
        assertEquals(DatePrecision.DAY, e.datePrecision());
        assertTrue(e.dateText() != null && e.dateText().contains("الخميس"), e::toString);
    }

    @Test
    void aRecalledEventKeepsItsOwnDate() {
        List<Event> events = extract("2016-03-28",
                "سيطرت قوات الأسد على مدينة تدمر يوم أمس الأحد. وكان التنظيم قد سيطر على تدمر في 21 أيار/مايو 2015.");
        List<Event> tadmur = at(events, "tadmur");
        assertTrue(tadmur.stream().anyMatch(e -> SyriaSides.GOVERNMENT.equals(e.controllerAfter()) && e.date().equals(LocalDate.of(2016, 3, 27))), events::toString);
        assertTrue(tadmur.stream().anyMatch(e -> SyriaSides.ISIS.equals(e.controllerAfter()) && e.date().equals(LocalDate.of(2015, 5, 21))), events::toString);
    }

    @Test
    void aDateBetweenCommasStillDatesTheCapture() {
        Event e = only(extract("2017-10-02", "سيطر تنظيم الدولة الإسلامية، يوم أمس الأحد، على مدينة القريتين بريف حمص الشرقي."), "al-qaryatayn");
        assertEquals(SyriaSides.ISIS, e.controllerAfter());
        assertEquals(LocalDate.of(2017, 10, 1), e.date());
    }

    @Test
    void aDateBetweenSubjectAndObjectStillDatesTheCapture() {
        Event e = only(extract("2017-08-13", "SANA", "حررت وحدات من الجيش العربي السوري بالتعاون مع القوات الرديفة أمس مدينة السخنة بريف حمص الشرقي."), "al-sukhnah");
        assertEquals(SyriaSides.GOVERNMENT, e.controllerAfter());
        assertEquals(LocalDate.of(2017, 8, 12), e.date());
    }

    @Test
    void withNoDateWordsThePublicationIsTheUpperBound() {
        Event e = only(extract("2016-03-05", "سيطر التنظيم على بلدة مهين."), "mahin");
        assertEquals(DatePrecision.REPORTED, e.datePrecision());
        assertEquals(LocalDate.of(2016, 3, 5), e.dateMax());
        assertTrue(e.dateMin().isBefore(e.dateMax()));
        assertNull(e.dateText());
    }

    @Test
    void withNoPublishedDateAnUndatedEventHasNoDate() {
        Event e = only(extract(null, "SANA", "أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى مدينة القريتين."), "al-qaryatayn");
        assertNull(e.date());
        assertNull(e.dateMin());
        assertNull(e.dateMax());
    }

    @Test
    void withNoPublishedDateRelativeWordsGiveNoDate() {
        Event e = only(extract(null, "سيطر التنظيم أمس على بلدة مهين."), "mahin");
        assertNull(e.date());
    }

    @Test
    void withNoPublishedDateAnExplicitDateStillHolds() {
        Event e = only(extract(null, "سيطرت قوات النظام على القريتين في 3 نيسان 2016."), "al-qaryatayn");
        assertEquals(LocalDate.of(2016, 4, 3), e.date());
    }

    @Test
    void aDateInEasternDigitsDatesTheEvent() {
        Event e = only(extract("2016-12-12", "استعاد تنظيم «داعش» أمس (١١/١٢/٢٠١٦) السيطرة على مدينة تدمر الأثرية."), "tadmur");
        assertEquals(LocalDate.of(2016, 12, 11), e.date());
    }
}
