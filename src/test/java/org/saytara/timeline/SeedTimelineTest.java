package org.saytara.timeline;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saytara.corpus.Corpus;
import org.saytara.extract.Event;
import org.saytara.extract.Extractor;
import org.saytara.gazetteer.Gazetteer;

/** The checks on the seed corpus, end to end: real gazetteer, real extractor, timeline. */
class SeedTimelineTest {
    private static Gazetteer gazetteer;
    private static Timeline timeline;

    @BeforeAll
    static void build() {
        gazetteer = Gazetteer.load(Path.of("geodata"));
        List<Event> events = Extractor.create(gazetteer).extract(Corpus.load(Path.of("corpus")));
        timeline = Timeline.build(events, gazetteer);
    }

    /** {@code id} is the curated gazetteer id (geodata/places.geojson). */
    private static Control control(String id, String date) {
        return timeline.stateAt(id, LocalDate.parse(date))
                .orElseThrow(() -> new AssertionError("no state of " + id + " on " + date + ": "
                        + timeline.history(id).map(Object::toString).orElse("no history"))).control();
    }

    @Test
    void tadmur() {
        assertEquals(Control.GOVERNMENT, control("tadmur", "2016-04-10"));
        assertEquals(Control.ISIS, control("tadmur", "2016-12-12"));
    }

    @Test
    void alQaryatayn() {
        assertEquals(Control.GOVERNMENT, control("al-qaryatayn", "2016-04-10"));
    }

    @Test
    void t4IsNotShownAsIsis() {
        assertNotEquals(Control.ISIS, control("t4-airbase", "2016-12-13"));
    }

    @Test
    void theFieldsWestOfTadmur() {
        assertEquals(Control.ISIS, control("al-mahr-field", "2016-12-13"));
        assertEquals(Control.ISIS, control("huwaysis", "2016-12-13"));
        Control jazal = control("jazal-field", "2016-12-13");
        assertTrue(jazal == Control.ISIS || jazal == Control.CONTESTED, "Jazal: " + jazal);
    }
}
