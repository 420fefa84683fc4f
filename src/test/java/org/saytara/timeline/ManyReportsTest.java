package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.timeline.Events.SUKHNAH;
import static org.saytara.timeline.Events.T4;
import static org.saytara.timeline.Events.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Side;

/**
 * The timeline's rules where one change is told by many articles, as a big change (the fall of
 * Palmyra) is in a real archive, and the rules the other tests leave implicit: each test pins what
 * the reconciliation gives today, ids and outlets in order, so that a faster rewrite must give the
 * same.
 */
class ManyReportsTest {

    private static Timeline build(List<Event> es) {
        return Timeline.build(es, Map.of(), SyriaSides.SYRIA.actors());
    }

    private static Period at(Timeline t, String place, String date) {
        return t.stateAt(place, LocalDate.parse(date)).orElseThrow(() -> new AssertionError("no state of " + place + " on " + date));
    }

    private static List<String> ids(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(prefix + i);
        return out;
    }

    /** n articles (one outlet each) saying ISIS took Tadmur on the given day. */
    private static List<Event> captures(String prefix, int n, String gainer, String loser, String day) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event(prefix + i).article(prefix + "-art" + i).outlet(prefix + "-outlet" + i).captured(gainer, loser).on(day).build());
        }
        return out;
    }

    @Test
    void hundredsOfReportsOfOneCaptureOverThreeDaysMakeOnePeriodWithEverySource() {
        List<Event> es = new ArrayList<>();
        es.addAll(captures("a", 150, "isis", "regime", "2016-12-11"));
        es.addAll(captures("b", 120, "isis", "regime", "2016-12-12"));
        es.addAll(captures("c", 90, "isis", null, "2016-12-13"));
        Timeline t = build(es);
        List<Period> ps = t.history("tadmur").orElseThrow().periods();
        assertEquals(1, ps.size(), "the first report opens the timeline: no earlier holder is implied");
        Period isis = at(t, "tadmur", "2016-12-20");
        assertEquals(Control.of(SyriaSides.ISIS), isis.control());
        assertEquals(LocalDate.parse("2016-12-11"), isis.from());
        List<String> expected = new ArrayList<>(ids("a", 150));
        expected.addAll(ids("b", 120));
        expected.addAll(ids("c", 90));
        assertEquals(expected, isis.eventIds());
        assertEquals(360, isis.outlets().size());
        assertEquals(List.of("2016-12-11", "2016-12-12", "2016-12-13"), t.frames().stream().map(LocalDate::toString).toList());
    }

    @Test
    void aFewDissentingReportsAmongHundredsDisputeTheLaterChangeAndCarryOnlyTheContradictedReports() {
        List<Event> es = new ArrayList<>();
        es.add(event("old").place(SUKHNAH).captured("isis", null).on("2016-01-01").build());
        es.addAll(captures("a", 200, "isis", "regime", "2016-12-11"));
        // Two articles the next day say the regime holds it: the attack was repelled.
        es.add(event("r0").article("r-art0").outlet("SANA").kind(EventKind.CONTESTED).gaining("isis").after(SyriaSides.GOVERNMENT).on("2016-12-12").build());
        es.add(event("r1").article("r-art1").outlet("SANA").kind(EventKind.CONTESTED).gaining("isis").after(SyriaSides.GOVERNMENT).on("2016-12-12").build());
        Timeline t = build(es);
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-12-11").control());
        Period disputed = at(t, "tadmur", "2016-12-12");
        assertEquals(Control.CONTESTED, disputed.control());
        assertFalse(disputed.claimed());
        List<String> expected = new ArrayList<>(List.of("r0", "r1"));
        expected.addAll(ids("a", 200));
        assertEquals(expected, disputed.eventIds(), "the day's own reports first, then the ones they contradict");
        assertEquals(Control.CONTESTED, at(t, "tadmur", "2017-02-01").control(), "a disagreement does not decay");
    }

    @Test
    void aDisputeReachesBackTwoDaysThroughAnAlreadyDisputedDay() {
        // Day 1 ISIS took it; day 2 another article says the regime took it (not from ISIS);
        // day 3 a third says ISIS took it. Day 2 is disputed carrying day 1; day 3 is disputed
        // carrying day 2's government report (ISIS's day-1 report agrees with day 3).
        List<Event> es = List.of(
                event("old").place(SUKHNAH).captured("isis", null).on("2016-01-01").build(),
                event("d1").article("x1").outlet("O1").captured("isis", null).on("2016-06-01").build(),
                event("d2").article("x2").outlet("O2").captured("regime", null).on("2016-06-02").build(),
                event("d3").article("x3").outlet("O3").captured("isis", null).on("2016-06-03").build());
        Timeline t = build(es);
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-06-01").control());
        Period p = at(t, "tadmur", "2016-06-03");
        assertEquals(Control.CONTESTED, p.control());
        assertEquals(LocalDate.parse("2016-06-02"), p.from());
        assertEquals(List.of("d2", "d1", "d3"), p.eventIds());
    }

    @Test
    void reportsThreeDaysApartAreSeparateChangesNotADisagreement() {
        List<Event> es = List.of(
                event("d1").article("x1").outlet("O1").captured("isis", null).on("2016-06-01").build(),
                event("d4").article("x2").outlet("O2").captured("regime", null).on("2016-06-04").build());
        Timeline t = build(es);
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-06-03").control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-04").control());
    }

    @Test
    void oneArticleTellingTwoGainersOnNeighbouringDaysIsASequence() {
        List<Event> es = List.of(
                event("d1").captured("isis", null).on("2016-06-01").build(),
                event("d2").captured("regime", null).on("2016-06-02").build());
        Timeline t = build(es);
        assertEquals(Control.of(SyriaSides.ISIS), at(t, "tadmur", "2016-06-01").control());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-06-02").control());
    }

    @Test
    void aRepelledAttackThenACaptureByTheAttackerWithinTwoDaysIsDisputed() {
        List<Event> es = List.of(
                event("r").article("x1").outlet("SANA").kind(EventKind.CONTESTED).gaining("isis").after(SyriaSides.GOVERNMENT).on("2016-06-01").build(),
                event("c").article("x2").outlet("Amaq").captured("isis", "regime").on("2016-06-02").build());
        Timeline t = build(es);
        Period p = at(t, "tadmur", "2016-06-02");
        assertEquals(Control.CONTESTED, p.control());
        assertEquals(LocalDate.parse("2016-06-01"), p.from(), "the fighting of the repelled attack runs into the dispute");
        assertEquals(List.of("r", "c"), p.eventIds());
    }

    @Test
    void takenAndRepelledOnOneDayFromTwoArticlesIsDisputedButFromOneArticleTheCaptureStands() {
        Timeline two = build(List.of(
                event("c").article("x1").captured("isis", "regime").on("2016-06-01").build(),
                event("r").article("x2").outlet("SANA").kind(EventKind.CONTESTED).after(SyriaSides.GOVERNMENT).on("2016-06-01").build()));
        assertEquals(Control.CONTESTED, at(two, "tadmur", "2016-06-01").control());
        Timeline one = build(List.of(
                event("c").article("x1").captured("isis", "regime").on("2016-06-01").build(),
                event("r").article("x1").kind(EventKind.CONTESTED).after(SyriaSides.GOVERNMENT).on("2016-06-01").build()));
        assertEquals(Control.of(SyriaSides.ISIS), at(one, "tadmur", "2016-06-01").control());
    }

    @Test
    void twoHoldersRepellingOnOneDayOrTwoSidesPresentAreDisputed() {
        Timeline repelled = build(List.of(
                event("r1").article("x1").kind(EventKind.CONTESTED).after(SyriaSides.GOVERNMENT).on("2016-06-01").build(),
                event("r2").article("x2").kind(EventKind.CONTESTED).after(SyriaSides.ISIS).on("2016-06-01").build()));
        assertEquals(Control.CONTESTED, at(repelled, "tadmur", "2016-06-20").control(), "disputed, and it does not decay");
        Timeline present = build(List.of(
                event("p1").article("x1").kind(EventKind.PRESENCE).gaining("regime").on("2016-06-01").build(),
                event("p2").article("x2").kind(EventKind.PRESENCE).gaining("isis").on("2016-06-01").build()));
        assertEquals(Control.CONTESTED, at(present, "tadmur", "2016-06-20").control());
    }

    @Test
    void aWithdrawalWithNoGainerOutweighsFightingOnTheSameDay() {
        Timeline t = build(List.of(
                event("c").captured("regime", null).on("2016-04-01").build(),
                event("f").article("x2").kind(EventKind.CONTESTED).on("2016-06-01").build(),
                event("w").article("x3").kind(EventKind.WITHDRAWAL).losing("regime").on("2016-06-01").build()));
        Period p = at(t, "tadmur", "2016-06-30");
        assertEquals(Control.CONTESTED, p.control(), "vacated does not decay as fighting would");
        assertEquals(List.of("f", "w"), p.eventIds());
    }

    @Test
    void presenceIsOverruledOnlyByAnotherSidesCaptureOrAWithdrawalInItsWindow() {
        Timeline sameSide = build(List.of(
                event("c").place(SUKHNAH).captured("isis", null).on("2016-04-03").build(),
                event("p").article("x2").place(SUKHNAH).kind(EventKind.PRESENCE).gaining("isis").within("2016-04-01", "2016-04-04", "2016-04-05").build()));
        assertTrue(at(sameSide, "sukhnah", "2016-04-10").eventIds().contains("p"), "the same side's presence is kept");
        Timeline vacated = build(List.of(
                event("w").place(SUKHNAH).kind(EventKind.WITHDRAWAL).losing("regime").on("2016-04-03").build(),
                event("p").article("x2").place(SUKHNAH).kind(EventKind.PRESENCE).gaining("isis").within("2016-04-01", "2016-04-04", "2016-04-05").build()));
        assertFalse(at(vacated, "sukhnah", "2016-04-10").eventIds().contains("p"), "a withdrawal in the window overrules it");
        assertEquals(Control.CONTESTED, at(vacated, "sukhnah", "2016-04-10").control());
    }

    @Test
    void manyClaimsAreConfirmedByOneIndependentReportWithinTwoDays() {
        List<Event> es = new ArrayList<>();
        es.add(event("old").place(SUKHNAH).captured("isis", null).on("2016-01-01").build());
        for (int i = 0; i < 100; i++) {
            es.add(event("k" + i).article("amaq" + i).outlet("Amaq").place(T4).captured("isis", "regime").claimedBy("أعماق").on("2016-12-11").build());
        }
        es.add(event("i").article("ind").outlet("Enab Baladi").place(T4).captured("isis", null).on("2016-12-13").build());
        Timeline t = build(es);
        Period p = at(t, "t4", "2016-12-11");
        assertEquals(Control.of(SyriaSides.ISIS), p.control());
        assertFalse(p.claimed());
        assertEquals(101, p.eventIds().size());
        assertEquals("i", p.eventIds().get(100), "the confirming report follows the claims it confirms");
        assertEquals(List.of("Amaq", "Enab Baladi"), p.outlets());
    }

    @Test
    void laterReportsFromTheClaimantsOutletRepeatTheClaimAndDoNotConfirmIt() {
        List<Event> es = new ArrayList<>();
        es.add(event("old").place(SUKHNAH).captured("isis", null).on("2016-01-01").build());
        es.add(event("k").article("amaq1").outlet("Amaq").place(T4).captured("isis", "regime").claimedBy("أعماق").on("2016-12-11").build());
        for (int i = 0; i < 50; i++) {
            es.add(event("e" + i).article("amaq-later" + i).outlet("Amaq").place(T4).captured("isis", null).on("2016-12-20").build());
        }
        Timeline t = build(es);
        Period p = at(t, "t4", "2016-12-21");
        assertEquals(Control.CONTESTED, p.control());
        assertTrue(p.claimed());
        assertEquals(51, p.eventIds().size());
        es.add(event("z").article("other").outlet("SOHR").place(T4).captured("isis", null).on("2016-12-25").build());
        Period confirmed = at(build(es), "t4", "2016-12-25");
        assertEquals(Control.of(SyriaSides.ISIS), confirmed.control());
        assertFalse(confirmed.claimed());
    }

    @Test
    void manyFightingReportsKeepThePlaceContestedUntilSevenDaysAfterTheLast() {
        List<Event> es = new ArrayList<>();
        es.add(event("c").captured("regime", null).on("2016-04-01").build());
        for (int d = 0; d < 20; d++) {
            for (int i = 0; i < 10; i++) {
                es.add(event("f" + d + "-" + i).article("f-art" + d + "-" + i).kind(EventKind.CONTESTED)
                        .on(LocalDate.parse("2016-06-01").plusDays(d * 3L).toString()).build());
            }
        }
        Timeline t = build(es);
        Period p = at(t, "tadmur", "2016-06-30");
        assertEquals(Control.CONTESTED, p.control());
        assertEquals(LocalDate.parse("2016-06-01"), p.from());
        assertEquals(LocalDate.parse("2016-06-01").plusDays(57 + 7), p.to());
        assertEquals(200, p.eventIds().size());
        assertEquals(Control.of(SyriaSides.GOVERNMENT), at(t, "tadmur", "2016-08-04").control());
    }
}
