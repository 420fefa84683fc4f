package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saytara.corpus.Corpus;
import org.saytara.extract.Event;
import org.saytara.extract.Extractor;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;

/** The control history the seed corpus must tell, from extraction through the timeline rules. */
class SeedTimelineTest {
    private static Timeline timeline;

    @BeforeAll
    static void build() {
        Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
        List<Event> events = Extractor.create(gazetteer, SyriaSides.SYRIA).extract(Corpus.load(Path.of("corpus")));
        Map<String, String> parents = new HashMap<>();
        for (Place p : gazetteer.places()) if (p.parentId() != null) parents.put(p.id(), p.parentId());
        timeline = Timeline.build(events, parents, SyriaSides.SYRIA.actors());
    }

    private static Period state(String place, String date) {
        return timeline.stateAt(place, LocalDate.parse(date))
                .orElseThrow(() -> new AssertionError(place + " has no state on " + date));
    }

    @Test
    void tadmurIsHeldByTheGovernmentInAprilAndByIsisInDecember() {
        assertEquals(Control.of(SyriaSides.GOVERNMENT), state("tadmur", "2016-04-10").control());
        assertEquals(Control.of(SyriaSides.ISIS), state("tadmur", "2016-12-12").control());
    }

    @Test
    void alQaryatayIsHeldByTheGovernmentAfterApril() {
        assertEquals(Control.of(SyriaSides.GOVERNMENT), state("al-qaryatayn", "2016-04-10").control());
    }

    @Test
    void t4IsNotShownAsIsisHeldOnAClaimAlone() {
        Period t4 = state("t4-airbase", "2016-12-13");
        assertTrue(t4.control().contested() || t4.claimed(), "T4 on 13 Dec: " + t4);
    }

    @Test
    void theGasFieldsFallToIsisInDecember() {
        assertEquals(Control.of(SyriaSides.ISIS), state("al-mahr-field", "2016-12-13").control());
        assertEquals(Control.of(SyriaSides.ISIS), state("huwaysis", "2016-12-13").control());
        Control jazal = state("jazal-field", "2016-12-13").control();
        assertTrue(jazal.equals(Control.of(SyriaSides.ISIS)) || jazal.contested(), "Jazal on 13 Dec: " + jazal);
    }
}
