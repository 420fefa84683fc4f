package org.saytara.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.saytara.timeline.Events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saytara.extract.EventKind;
import org.saytara.extract.SyriaSides;

/** Pins laid over the reported periods: what is cut, what stands, and the order of two pins. */
class TimelinePinsTest {
    private static final Assessment BY = new Assessment(7, "lina", Instant.parse("2026-01-01T00:00:00Z"), "note");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Timeline reported() {
        return Timeline.build(List.of(
                event("a-1").captured("regime", "isis").on("2016-03-27").build(),
                event("b-1").captured("isis", "regime").on("2016-12-11").build()), Map.of(), SyriaSides.SYRIA.actors());
    }

    @Test
    void aPinCutsTheReportedPeriodsAndTheyResumeAfterIt() {
        Timeline t = reported().withPins(List.of(new Pinned(Events.TADMUR, Control.of(SyriaSides.OPPOSITION), d("2016-06-01"), d("2016-07-01"), BY)));
        List<Period> ps = t.history("tadmur").orElseThrow().periods();
        assertEquals(List.of(d("2016-03-27"), d("2016-06-01"), d("2016-07-01"), d("2016-12-11")),
                ps.stream().map(Period::from).filter(f -> !f.isBefore(d("2016-03-27"))).toList());
        Period pin = t.stateAt("tadmur", d("2016-06-15")).orElseThrow();
        assertEquals(Control.of(SyriaSides.OPPOSITION), pin.control());
        assertEquals(List.of(), pin.eventIds());
        assertEquals(BY, pin.pinned());
        Period after = t.stateAt("tadmur", d("2016-07-01")).orElseThrow();
        assertEquals(Control.of(SyriaSides.GOVERNMENT), after.control());
        assertNull(after.dateMin(), "the resumed part has no report of its own");
        assertEquals(Control.of(SyriaSides.ISIS), t.stateAt("tadmur", d("2016-12-20")).orElseThrow().control());
    }

    @Test
    void anOpenPinStandsOverLaterReports() {
        Timeline t = reported().withPins(List.of(new Pinned(Events.TADMUR, Control.of(SyriaSides.GOVERNMENT), d("2016-12-01"), null, BY)));
        assertEquals(Control.of(SyriaSides.GOVERNMENT), t.stateAt("tadmur", d("2017-06-01")).orElseThrow().control());
    }

    @Test
    void aPinOnAPlaceNoReportNamesGivesItAHistory() {
        Timeline t = reported().withPins(List.of(new Pinned(Events.SUKHNAH, Control.CONTESTED, d("2016-12-05"), d("2016-12-06"), BY)));
        assertEquals(Control.CONTESTED, t.stateAt("sukhnah", d("2016-12-05")).orElseThrow().control());
        assertEquals(true, t.stateAt("sukhnah", d("2016-12-06")).isEmpty());
        assertEquals(true, t.frames().contains(d("2016-12-05")));
    }

    @Test
    void theLaterOfTwoOverlappingPinsWins() {
        Assessment later = new Assessment(8, "omar", BY.at().plusSeconds(60), null);
        Timeline t = reported().withPins(List.of(
                new Pinned(Events.TADMUR, Control.of(SyriaSides.OPPOSITION), d("2016-06-01"), d("2016-08-01"), BY),
                new Pinned(Events.TADMUR, Control.of(SyriaSides.SDF), d("2016-07-01"), d("2016-09-01"), later)));
        assertEquals(Control.of(SyriaSides.OPPOSITION), t.stateAt("tadmur", d("2016-06-20")).orElseThrow().control());
        assertEquals(Control.of(SyriaSides.SDF), t.stateAt("tadmur", d("2016-07-20")).orElseThrow().control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), t.stateAt("tadmur", d("2016-09-01")).orElseThrow().control());
    }

    @Test
    void fightingIsStillReadWithPinsElsewhere() {
        Timeline t = Timeline.build(List.of(event("c-1").kind(EventKind.CONTESTED).place(Events.T4).on("2016-12-12").build()), Map.of(), SyriaSides.SYRIA.actors())
                .withPins(List.of(new Pinned(Events.TADMUR, Control.of(SyriaSides.ISIS), d("2016-12-11"), null, BY)));
        assertEquals(Control.CONTESTED, t.stateAt("t4", d("2016-12-12")).orElseThrow().control());
    }

    @Test
    void pinsStayLaidWhenTheirPlaceIsPlannedAgain() {
        List<Pinned> pins = List.of(new Pinned(Events.TADMUR, Control.of(SyriaSides.OPPOSITION), d("2016-06-01"), d("2016-07-01"), BY),
                new Pinned(Events.SUKHNAH, Control.CONTESTED, d("2016-12-05"), null, BY));
        List<org.saytara.extract.Event> more = List.of(
                event("a-1").captured("regime", "isis").on("2016-03-27").build(),
                event("b-1").captured("isis", "regime").on("2016-12-11").build(),
                event("c-1").captured("regime", "isis").on("2017-03-02").build());
        Timeline updated = reported().withPins(pins).update(Map.of("tadmur", more));
        Timeline fresh = Timeline.build(more, Map.of(), SyriaSides.SYRIA.actors()).withPins(pins);
        assertEquals(fresh.histories(), updated.histories());
        assertEquals(fresh.frames(), updated.frames());
        assertEquals(fresh.origin(), updated.origin());
        assertEquals(Control.of(SyriaSides.OPPOSITION), updated.stateAt("tadmur", d("2016-06-15")).orElseThrow().control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), updated.stateAt("tadmur", d("2017-03-05")).orElseThrow().control());
        // A place no report names any more keeps the history of its pins alone.
        Timeline gone = updated.update(Map.of("tadmur", List.of()));
        assertEquals(Control.of(SyriaSides.OPPOSITION), gone.stateAt("tadmur", d("2016-06-15")).orElseThrow().control());
        assertEquals(true, gone.stateAt("tadmur", d("2016-08-01")).isEmpty());
    }

    @Test
    void aPinTakenOffGivesTheReportedHistoryBackAndOtherPlacesAreLeftAlone() {
        Timeline plain = reported();
        Timeline pinned = plain.withPins(List.of(new Pinned(Events.TADMUR, Control.of(SyriaSides.SDF), d("2016-06-01"), null, BY)));
        assertEquals(false, plain.histories().equals(pinned.histories()));
        Timeline unpinned = pinned.withPins(List.of());
        assertEquals(plain.histories(), unpinned.histories());
        assertEquals(plain.frames(), unpinned.frames());
        assertEquals(plain.origin(), unpinned.origin());
        // Setting the same pins again changes nothing; a pin elsewhere leaves Tadmur's history as it was.
        assertEquals(true, pinned == pinned.withPins(pinned.pins()));
        Timeline elsewhere = pinned.withPins(List.of(pinned.pins().get(0), new Pinned(Events.SUKHNAH, Control.CONTESTED, d("2016-12-05"), null, BY)));
        assertEquals(true, pinned.history("tadmur").orElseThrow() == elsewhere.history("tadmur").orElseThrow());
    }
}
