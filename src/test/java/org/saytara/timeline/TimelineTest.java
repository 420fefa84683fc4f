package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.timeline.Events.CASTLE;
import static org.saytara.timeline.Events.SUKHNAH;
import static org.saytara.timeline.Events.T4;
import static org.saytara.timeline.Events.TADMUR;
import static org.saytara.timeline.Events.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Side;

class TimelineTest {

    private static Timeline build(Events... es) {
        return Timeline.build(List.of(java.util.Arrays.stream(es).map(Events::build).toArray(Event[]::new)), Map.of(), SyriaSides.SYRIA.actors());
    }

    /** An unrelated earlier report, so that the timeline's origin lies before the events under test. */
    private static Events earlier() {
        return event("origin").article("a0").place(SUKHNAH).captured("isis", null).on("2015-01-01");
    }

    private static Period at(Timeline t, String place, String date) {
        return t.stateAt(place, LocalDate.parse(date)).orElseThrow(() -> new AssertionError("no state of " + place + " on " + date));
    }

    private static boolean unknown(Timeline t, String place, String date) {
        return t.stateAt(place, LocalDate.parse(date)).isEmpty();
    }

    @Test
    void captureMovesControlToTheGainerFromItsDate() {
        Timeline t = build(event("e1").captured("isis", null).on("2016-12-10"),
                event("e0").place(SUKHNAH).captured("regime", null).on("2016-12-01"));
        assertTrue(unknown(t, "tadmur", "2016-12-09"));
        Period p = at(t, "tadmur", "2016-12-10");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertEquals(LocalDate.parse("2016-12-10"), p.from());
        assertNull(p.to());
        assertEquals(List.of("e1"), p.eventIds());
        assertEquals(List.of("Orient Net"), p.outlets());
        assertEquals(LocalDate.parse("2016-12-10"), p.dateMin());
    }

    @Test
    void russianOrIranianCapturesAreTheGovernments() {
        Event e = event("e1").gaining("russia").on("2016-03-27").build();
        Event noController = new Event(e.id(), e.article(), EventKind.CAPTURE, e.place(), "russia", null, null, false,
                null, e.date(), e.dateMin(), e.dateMax(), e.datePrecision(), null, e.evidence(), null, null, e.outlet(), 1);
        Timeline t = Timeline.build(List.of(noController), Map.of(), SyriaSides.SYRIA.actors());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-03-28").control());
    }

    @Test
    void aRecalledCaptureFixesWhoHeldThePlaceBefore() {
        Timeline t = build(event("old").place(SUKHNAH).captured("isis", null).on("2015-05-13"),
                event("e1").captured("regime", "isis").within("2016-03-01", "2016-03-15", "2016-03-31"));
        Period before = at(t, "tadmur", "2015-06-01");
        assertEquals(Control.of(SyriaSides.ISIS), before.control());
        assertEquals(LocalDate.parse("2015-05-13"), before.from(), "implied holding starts at the timeline origin");
        assertEquals(LocalDate.parse("2016-03-15"), before.to());
        assertEquals(List.of("e1"), before.eventIds());
        assertNull(before.dateMin(), "no report opened the implied period");
        Period after = at(t, "tadmur", "2016-04-10");
        assertEquals(Control.of(SyriaSides.GOVERNMENT), after.control());
        assertEquals(LocalDate.parse("2016-03-01"), after.dateMin());
        assertEquals(LocalDate.parse("2016-03-31"), after.dateMax());
    }

    @Test
    void anEarlierReportOverridesTheLoserALaterOneNames() {
        Timeline t = build(earlier(), event("e1").captured("isis", "regime").on("2015-05-20"),
                event("e2").article("a2").captured("regime", "opposition").on("2016-03-27"));
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2015-05-19").control(), "isis took it from the regime");
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-03-26").control(), "not the opposition the later report names");
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-03-27").control());
    }

    @Test
    void aWithdrawalGivesThePlaceToTheNamedGainerOrLeavesItContested() {
        Timeline named = build(earlier(), event("w").kind(EventKind.WITHDRAWAL).gaining(null).losing("regime").after(SyriaSides.ISIS).on("2016-12-11"));
        assertEquals(Control.of(SyriaSides.ISIS), at(named, "tadmur", "2016-12-11").control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(named, "tadmur", "2016-12-10").control(), "the loser held it before");

        Timeline unnamed = build(event("w").kind(EventKind.WITHDRAWAL).losing("regime").on("2016-12-11"),
                event("x").place(T4).captured("isis", null).on("2016-12-01"));
        Period p = at(unnamed, "tadmur", "2016-12-30");
        assertEquals(Control.CONTESTED, p.control(), "nobody named: contested, and it does not decay");
        assertFalse(p.claimed());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(unnamed, "tadmur", "2016-12-10").control());
    }

    @Test
    void fightingContestsThePlaceThenTheHolderShowsAgainAfterSevenDays() {
        Timeline t = build(event("c").captured("regime", null).on("2016-04-01"),
                event("f").article("a2").kind(EventKind.CONTESTED).gaining("isis").on("2016-06-10"));
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-09").control());
        Period fight = at(t, "tadmur", "2016-06-10");
        assertEquals(Control.CONTESTED, fight.control());
        assertEquals(LocalDate.parse("2016-06-17"), fight.to());
        assertEquals(List.of("f"), fight.eventIds());
        Period again = at(t, "tadmur", "2016-06-17");
        assertEquals(Control.of(SyriaSides.GOVERNMENT), again.control());
        assertNull(again.to());
        assertNull(again.dateMin(), "the holder shows again by decay, not by a report");
    }

    @Test
    void fightingEndsEarlierWhenThePlaceIsReportedAgain() {
        Timeline t = build(event("c").captured("regime", null).on("2016-04-01"),
                event("f").kind(EventKind.CONTESTED).on("2016-06-10"),
                event("c2").captured("isis", "regime").on("2016-06-12"));
        assertEquals(Control.CONTESTED, at(t, "tadmur", "2016-06-11").control());
        Period p = at(t, "tadmur", "2016-06-12");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertEquals(LocalDate.parse("2016-06-12"), p.from());
    }

    @Test
    void consecutiveFightingReportsMakeOneContestedPeriod() {
        Timeline t = build(event("c").captured("regime", null).on("2016-04-01"),
                event("f1").kind(EventKind.CONTESTED).on("2016-06-10"),
                event("f2").article("a2").kind(EventKind.CONTESTED).on("2016-06-14"));
        Period p = at(t, "tadmur", "2016-06-15");
        assertEquals(LocalDate.parse("2016-06-10"), p.from());
        assertEquals(LocalDate.parse("2016-06-21"), p.to());
        assertEquals(List.of("f1", "f2"), p.eventIds());
    }

    @Test
    void fightingAloneOnAPlaceWithNoKnownHolderLeavesNothingAfterwards() {
        Timeline t = build(event("f").kind(EventKind.CONTESTED).on("2016-06-10"));
        assertEquals(Control.CONTESTED, at(t, "tadmur", "2016-06-16").control());
        assertTrue(unknown(t, "tadmur", "2016-06-17"));
    }

    @Test
    void anAttackRepelledContestsThePlaceButTheDefenderHoldsIt() {
        Timeline t = build(event("x").place(T4).captured("isis", null).on("2016-06-01"),
                event("r").kind(EventKind.CONTESTED).gaining("isis").after(SyriaSides.GOVERNMENT).on("2016-06-10"));
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-05").control(), "the defender held it before");
        assertEquals(Control.CONTESTED, at(t, "tadmur", "2016-06-10").control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-17").control());
    }

    @Test
    void aCaptureClaimedOnlyByTheGainersMediaIsContestedAndClaimed() {
        Timeline t = build(earlier(), event("k").place(T4).captured("isis", "regime").claimedBy("أعماق").on("2016-12-11"));
        Period p = at(t, "t4", "2016-12-12");
        assertEquals(Control.CONTESTED, p.control());
        assertTrue(p.claimed());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "t4", "2016-12-10").control());
    }

    @Test
    void anIndependentReportWithinTwoDaysConfirmsTheClaimFromItsDate() {
        Timeline t = build(event("k").place(T4).captured("isis", null).claimedBy("أعماق").on("2016-12-11"),
                event("i").article("a2").outlet("Enab Baladi").place(T4).captured("isis", null).on("2016-12-13"));
        Period p = at(t, "t4", "2016-12-11");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertFalse(p.claimed());
        assertEquals(List.of("k", "i"), p.eventIds());
        assertEquals(List.of("Orient Net", "Enab Baladi"), p.outlets());
    }

    @Test
    void aLaterIndependentReportConfirmsTheClaimFromItsOwnDate() {
        Timeline t = build(event("k").place(T4).captured("isis", null).claimedBy("أعماق").on("2016-12-11"),
                event("i").article("a2").outlet("Enab Baladi").place(T4).captured("isis", null).on("2016-12-20"));
        assertTrue(at(t, "t4", "2016-12-19").claimed());
        Period p = at(t, "t4", "2016-12-20");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertFalse(p.claimed());
    }

    @Test
    void theSameArticleOrTheSameOutletDoesNotConfirmAClaim() {
        Timeline sameArticle = build(event("k").place(T4).captured("isis", null).claimedBy("أعماق").on("2016-12-11"),
                event("k2").place(T4).captured("isis", null).on("2016-12-11"));
        assertTrue(at(sameArticle, "t4", "2016-12-12").claimed());
        Timeline sameOutlet = build(event("k").place(T4).captured("isis", null).claimedBy("أعماق").on("2016-12-11"),
                event("k2").article("a2").place(T4).captured("isis", null).on("2016-12-12"));
        assertTrue(at(sameOutlet, "t4", "2016-12-12").claimed());
    }

    @Test
    void aClaimByTheSideAlreadyHoldingThePlaceChangesNothing() {
        Timeline t = build(event("c").place(T4).captured("isis", null).on("2016-12-05"),
                event("k").article("a2").place(T4).captured("isis", null).claimedBy("أعماق").on("2016-12-11"));
        Period p = at(t, "t4", "2016-12-12");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertEquals(List.of("c", "k"), p.eventIds());
    }

    @Test
    void takenAndRepelledWithinTwoDaysIsContestedWithBothSources() {
        Timeline t = build(event("c").captured("regime", null).on("2016-04-01"),
                event("took").article("a1").outlet("Amaq").captured("isis", "regime").on("2016-06-10"),
                event("held").article("a2").outlet("SANA").kind(EventKind.CONTESTED).gaining("isis").after(SyriaSides.GOVERNMENT).on("2016-06-11"));
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-06-10").control());
        Period p = at(t, "tadmur", "2016-06-11");
        assertEquals(Control.CONTESTED, p.control());
        assertTrue(p.eventIds().containsAll(List.of("took", "held")));
        assertEquals(List.of("SANA", "Amaq"), p.outlets());
        assertEquals(Control.CONTESTED, at(t, "tadmur", "2016-07-30").control(), "a disagreement does not decay");
    }

    @Test
    void twoGainersOnOneDayFromTwoArticlesAreContested() {
        Timeline t = build(event("a").captured("isis", null).on("2016-06-10"),
                event("b").article("a2").outlet("SANA").captured("regime", null).on("2016-06-10"));
        Period p = at(t, "tadmur", "2016-06-10");
        assertEquals(Control.CONTESTED, p.control());
        assertEquals(List.of("a", "b"), p.eventIds());
    }

    @Test
    void aRetakingFromTheFirstTakerIsASequenceNotADisagreement() {
        Timeline t = build(event("a").captured("isis", "regime").on("2016-06-10"),
                event("b").article("a2").outlet("SANA").captured("regime", "isis").on("2016-06-12"));
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-06-11").control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-12").control());
    }

    @Test
    void oneArticleTellingABackAndForthOnOneDayEndsWithItsLastSentence() {
        Timeline t = build(event("a").captured("isis", "regime").on("2016-06-10"),
                event("b").captured("regime", "isis").on("2016-06-10"));
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-10").control());
    }

    @Test
    void plainFightingAroundACaptureDoesNotUndoIt() {
        Timeline t = build(event("f").kind(EventKind.CONTESTED).gaining("isis").on("2016-12-10"),
                event("c").captured("isis", "regime").on("2016-12-10"),
                event("f2").article("a2").outlet("SANA").kind(EventKind.CONTESTED).on("2016-12-10"));
        Period p = at(t, "tadmur", "2016-12-10");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertEquals(List.of("f", "c", "f2"), p.eventIds());
    }

    @Test
    void reportsOfOneDayFromSeveralArticlesMergeIntoOneChange() {
        Timeline t = build(event("a").captured("isis", null).on("2016-12-11"),
                event("b").article("a2").outlet("Enab Baladi").captured("isis", null).on("2016-12-11"),
                event("c").article("a3").outlet("Enab Baladi").captured("isis", null).on("2016-12-12"));
        Period p = at(t, "tadmur", "2016-12-12");
        assertEquals(LocalDate.parse("2016-12-11"), p.from());
        assertEquals(List.of("a", "b", "c"), p.eventIds());
        assertEquals(List.of("Orient Net", "Enab Baladi"), p.outlets());
        assertEquals(1, t.history("tadmur").orElseThrow().periods().size());
    }

    @Test
    void subPlacesFollowTheirParentUnlessReportedOnTheirOwn() {
        List<Event> es = List.of(
                event("c1").captured("regime", "isis").on("2016-03-27").build(),
                event("k1").place(CASTLE).captured("regime", "isis").on("2016-03-25").build(),
                event("c2").captured("isis", "regime").on("2016-12-11").build());
        Timeline t = Timeline.build(es, Map.of("tadmur-castle", "tadmur"), SyriaSides.SYRIA.actors());
        Period castle = at(t, "tadmur-castle", "2016-03-26");
        assertEquals(Control.of(SyriaSides.GOVERNMENT), castle.control(), "own report two days before the city's");
        assertEquals(List.of("k1"), castle.eventIds());
        Period fell = at(t, "tadmur-castle", "2016-12-11");
        assertEquals(Control.of(SyriaSides.ISIS), fell.control(), "falls with its city");
        assertEquals(List.of("c2"), fell.eventIds());
    }

    @Test
    void aSubPlaceInheritsThroughTheWholeParentChain() {
        List<Event> es = List.of(event("c1").captured("isis", "regime").on("2016-12-11").build(),
                event("k1").place(CASTLE).kind(EventKind.PRESENCE).gaining("regime").on("2016-06-01").build());
        Timeline t = Timeline.build(es, Map.of("tadmur-castle", "tadmur-old-town", "tadmur-old-town", "tadmur"), SyriaSides.SYRIA.actors());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur-castle", "2016-07-01").control());
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur-castle", "2016-12-12").control());
    }

    @Test
    void presenceHoldsThePlaceFromItsDate() {
        Timeline t = build(event("p").place(SUKHNAH).kind(EventKind.PRESENCE).gaining("isis").on("2016-04-01"));
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "sukhnah", "2016-04-01").control());
    }

    @Test
    void presenceNeverOverridesACaptureInTheSameWindow() {
        Timeline t = build(event("c").place(SUKHNAH).captured("regime", "isis").on("2016-04-03"),
                event("p").article("a2").outlet("SANA").place(SUKHNAH).kind(EventKind.PRESENCE).gaining("isis")
                        .within("2016-03-30", "2016-04-05", "2016-04-06"));
        Period p = at(t, "sukhnah", "2016-04-10");
        assertEquals(Control.of(SyriaSides.GOVERNMENT), p.control());
        assertFalse(p.eventIds().contains("p"));
    }

    @Test
    void presenceOutsideTheCapturesWindowMovesControl() {
        Timeline t = build(event("c").place(SUKHNAH).captured("regime", "isis").on("2016-04-03"),
                event("p").article("a2").place(SUKHNAH).kind(EventKind.PRESENCE).gaining("isis").on("2016-05-20"));
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "sukhnah", "2016-05-21").control());
    }

    @Test
    void framesAreTheSortedDatesOfEveryChange() {
        Timeline t = build(event("c").captured("regime", "isis").on("2016-04-01"),
                event("f").kind(EventKind.CONTESTED).on("2016-06-10"),
                event("s").place(SUKHNAH).captured("isis", null).within("2016-03-20", "2016-03-25", "2016-03-30"));
        assertEquals(List.of("2016-03-20", "2016-03-25", "2016-04-01", "2016-06-10", "2016-06-17"),
                t.frames().stream().map(LocalDate::toString).toList());
        assertEquals(LocalDate.parse("2016-03-20"), t.origin().orElseThrow());
    }

    @Test
    void periodsNeverOverlapAndAreSorted() {
        Timeline t = build(event("c").captured("regime", "isis").on("2016-04-01"),
                event("f").kind(EventKind.CONTESTED).on("2016-06-10"),
                event("k").captured("isis", "regime").claimedBy("أعماق").on("2016-06-12"),
                event("w").article("a2").outlet("SANA").kind(EventKind.WITHDRAWAL).losing("isis").on("2016-08-01"));
        List<Period> ps = t.history("tadmur").orElseThrow().periods();
        for (int i = 1; i < ps.size(); i++) {
            assertEquals(ps.get(i - 1).to(), ps.get(i).from());
            assertTrue(ps.get(i - 1).control() != ps.get(i).control() || ps.get(i - 1).claimed() != ps.get(i).claimed());
        }
        assertNull(ps.get(ps.size() - 1).to());
    }
}
