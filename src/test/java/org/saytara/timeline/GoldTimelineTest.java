package org.saytara.timeline;

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
        timeline = Timeline.build(events, GoldEvents.parents());
    }

    private static Control control(String place, String date) {
        return timeline.stateAt(GoldEvents.placeId(place), LocalDate.parse(date))
                .orElseThrow(() -> new AssertionError("no state of " + place + " on " + date)).control();
    }

    @Test
    void tadmurIsTheGovernmentsInAprilAndIsisInDecember() {
        assertEquals(Control.GOVERNMENT, control("Tadmur", "2016-04-10"));
        assertEquals(Control.ISIS, control("Tadmur", "2016-12-12"));
    }

    @Test
    void alQaryataynIsTheGovernmentsInApril() {
        assertEquals(Control.GOVERNMENT, control("al-Qaryatayn", "2016-04-10"));
    }

    @Test
    void t4IsNotShownAsHeldByIsisOnTheThirteenth() {
        assertNotEquals(Control.ISIS, control("T4 airbase", "2016-12-13"));
        assertEquals(Control.CONTESTED, control("T4 airbase", "2016-12-13"));
    }

    @Test
    void theGasFieldsWestOfTadmurFellToIsis() {
        assertEquals(Control.ISIS, control("al-Mahr field", "2016-12-13"));
        assertEquals(Control.ISIS, control("Huwaysis", "2016-12-13"));
        Control jazal = control("Jazal field", "2016-12-13");
        assertTrue(jazal == Control.ISIS || jazal == Control.CONTESTED, "Jazal at least contested: " + jazal);
    }

    @Test
    void theCastleFollowsTadmurInDecember() {
        assertEquals(Control.GOVERNMENT, control("Palmyra Castle", "2016-04-10"));
        assertEquals(Control.ISIS, control("Palmyra Castle", "2016-12-12"));
    }
}
