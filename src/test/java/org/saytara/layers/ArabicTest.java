package org.saytara.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.SyriaSides;
import org.saytara.timeline.Events;
import org.saytara.timeline.Timeline;

/** Arabic summaries as the Arabic press writes them, names from the labels registry, and KML kept inert. */
class ArabicTest {
    private static final Arabic ARABIC = new Arabic(SyriaSides.SYRIA.actors());

    @Test
    void aCaptureReadsAsTheArabicPressWritesIt() {
        Event e = Events.event("e").captured("isis", null).outlet("Orient Net").on("2016-12-10").build();
        assertEquals("سيطر تنظيم الدولة الإسلامية على تدمر — بحسب أورينت نت، ١٠ كانون الأول ٢٠١٦", ARABIC.summary(e));
    }

    @Test
    void losersWithdrawalsFightingClaimsAndVagueDates() {
        assertEquals("سيطرت القوات الحكومية السورية على تدمر على حساب تنظيم الدولة الإسلامية — بحسب أورينت نت، ٢٧ آذار ٢٠١٦",
                ARABIC.summary(Events.event("e").captured("regime", "isis").on("2016-03-27").build()));
        assertEquals("انسحبت القوات الروسية من تدمر لصالح داعش — بحسب أورينت نت، ١١ كانون الأول ٢٠١٦",
                ARABIC.summary(Events.event("e").kind(EventKind.WITHDRAWAL).losing("russia").after(SyriaSides.ISIS).on("2016-12-11").build()));
        assertEquals("معارك في تدمر بهجوم من تنظيم الدولة الإسلامية، ولا تزال بيد الحكومة — بحسب سانا، كانون الأول ٢٠١٦",
                ARABIC.summary(Events.event("e").kind(EventKind.CONTESTED).gaining("isis").after(SyriaSides.GOVERNMENT).outlet("SANA")
                        .on("2016-12-11").precision(DatePrecision.MONTH).build()));
        assertTrue(ARABIC.summary(Events.event("e").captured("isis", null).claimedBy("وكالة أعماق").on("2016-12-11").build())
                .contains("(ادّعاء وكالة أعماق)"));
        assertEquals("١٢٣٤٥٦٧٨٩٠", Arabic.digits(1234567890));
        assertEquals("كانون الثاني", Arabic.MONTHS[0]);
        assertEquals("كانون الأول", Arabic.MONTHS[11]);
    }

    @Test
    void frameSummariesComeInBothLanguages() {
        List<Event> events = List.of(Events.event("e1").captured("isis", "regime").outlet("Orient Net").on("2016-12-10").build());
        Layers layers = Layers.of(Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        FrameSummary f = layers.frameSummaries().stream().filter(s -> s.date().equals(LocalDate.of(2016, 12, 10))).findFirst().orElseThrow();
        assertTrue(f.summary().contains("ISIS took Tadmur"), f.summary());
        assertTrue(f.summaryAr().contains("سيطر داعش على تدمر"), f.summaryAr());
        assertEquals(1, f.reports());
    }

    @Test
    void theRegistryNamesTypesOutletsAndGovernoratesInBothLanguages() {
        for (String type : List.of("city", "town", "village", "gas_field", "airbase")) {
            Labels.Label l = Labels.get().type(type);
            assertNotNull(l, type);
            assertFalse(l.en().isBlank() || l.ar().isBlank());
        }
        assertEquals("أورينت نت", Labels.get().outlet("Orient Net").ar());
        assertEquals("Some Outlet", Labels.get().outlet("Some Outlet").ar(), "an unknown outlet keeps its name");
        assertEquals("Homs", Labels.get().all().get("admin1").get("11").en());
    }

    @Test
    void kmlCarriesTimeSpansAndArticleTextStaysText() {
        List<Event> events = List.of(Events.event("e1").captured("isis", "regime").on("2016-12-10")
                .evidence("<script>alert(1)</script> سيطر التنظيم").build());
        String kml = Layers.of(Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA).timelineKml();
        assertTrue(kml.contains("<TimeSpan><begin>2016-12-10</begin></TimeSpan>"), kml);
        assertFalse(kml.contains("<script>"), "no markup from an article");
        assertFalse(kml.contains("&lt;script&gt;"), "not even once-escaped, which Google Earth would render as HTML");
        assertTrue(kml.contains("&amp;lt;script&amp;gt;"), kml);
    }
}
