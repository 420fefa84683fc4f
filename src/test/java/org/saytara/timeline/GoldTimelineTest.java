package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;

/** The checks on the seed story, with the gold annotations standing in for the extractor. */
class GoldTimelineTest {
    private static Timeline timeline;

    @BeforeAll
    static void build() {
        List<Event> events = GoldEvents.load();
        assertTrue(events.size() > 20);
        timeline = Timeline.build(events, GoldEvents.parents(), SyriaSides.SYRIA.actors());
    }

    private static Control control(String place, String date) {
        return timeline.stateAt(GoldEvents.placeId(place), LocalDate.parse(date))
                .orElseThrow(() -> new AssertionError("no state of " + place + " on " + date)).control();
    }

    @Test
    void tadmurIsTheGovernmentsInAprilAndIsisInDecember() {
        assertEquals(Control.of(SyriaSides.GOVERNMENT), control("Tadmur", "2016-04-10"));
        assertEquals(Control.of(SyriaSides.ISIS), control("Tadmur", "2016-12-12"));
    }

    @Test
    void alQaryataynIsTheGovernmentsInApril() {
        assertEquals(Control.of(SyriaSides.GOVERNMENT), control("al-Qaryatayn", "2016-04-10"));
    }

    @Test
    void t4IsNotShownAsHeldByIsisOnTheThirteenth() {
        assertNotEquals(Control.of(SyriaSides.ISIS), control("T4 airbase", "2016-12-13"));
        assertEquals(Control.CONTESTED, control("T4 airbase", "2016-12-13"));
    }

    @Test
    void theGasFieldsWestOfTadmurFellToIsis() {
        assertEquals(Control.of(SyriaSides.ISIS), control("al-Mahr field", "2016-12-13"));
        assertEquals(Control.of(SyriaSides.ISIS), control("Huwaysis", "2016-12-13"));
        Control jazal = control("Jazal field", "2016-12-13");
        assertTrue(jazal.equals(Control.of(SyriaSides.ISIS)) || jazal.contested(), "Jazal at least contested: " + jazal);
    }

    @Test
    void theCastleFollowsTadmurInDecember() {
        assertEquals(Control.of(SyriaSides.GOVERNMENT), control("Palmyra Castle", "2016-04-10"));
        assertEquals(Control.of(SyriaSides.ISIS), control("Palmyra Castle", "2016-12-12"));
    }
}
