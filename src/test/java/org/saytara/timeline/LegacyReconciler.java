package org.saytara.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.saytara.extract.Side;
import org.saytara.timeline.Reading.Kind;
import org.saytara.timeline.Step.Verdict;

/**
 * The reconciler as it was before it was made near-linear (issue 9): pairwise and cubic in the
 * reports of one change, but plainly written. {@code ReconcilerEquivalenceTest} checks that the
 * fast one gives exactly the same steps on random reports.
 */
final class LegacyReconciler {
    /** Reports this many days apart or closer speak of the same change. */
    static final int SAME_CHANGE_DAYS = 2;

    private LegacyReconciler() {}

    static List<Step> resolve(List<Reading> readings) {
        List<Reading> usable = dropOverruledPresence(readings);
        Map<LocalDate, List<Reading>> byDay = new TreeMap<>();
        for (Reading r : usable) byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
        List<Step> steps = new ArrayList<>();
        byDay.forEach((day, rs) -> steps.add(dayStep(day, rs)));
        confirmClaims(steps);
        foldEchoesIntoClaims(steps);
        markDisagreements(steps);
        return steps;
    }

    /** A presence never overrides a capture or withdrawal whose date window overlaps its own. */
    private static List<Reading> dropOverruledPresence(List<Reading> readings) {
        List<Reading> out = new ArrayList<>();
        for (Reading r : readings) {
            boolean overruled = r.kind() == Kind.PRESENT && readings.stream().anyMatch(o ->
                    (o.kind() == Kind.TAKEN || o.kind() == Kind.VACATED)
                            && o.side() != r.side() && o.windowOverlaps(r));
            if (!overruled) out.add(r);
        }
        return out;
    }

    private static Step dayStep(LocalDate day, List<Reading> rs) {
        List<Reading> taken = of(rs, Kind.TAKEN);
        Set<Side> takers = sides(taken);
        if (takers.size() > 1) {
            if (articles(taken).size() > 1) return new Step(day, Verdict.DISPUTED, null, null, rs);
            // One article telling a back-and-forth on one day: its last sentence is the outcome.
            Side last = taken.get(taken.size() - 1).side();
            taken = taken.stream().filter(r -> r.side() == last).toList();
            takers = Set.of(last);
        }
        if (takers.size() == 1) {
            Side s = takers.iterator().next();
            List<Reading> takenBy = taken;
            boolean repelledElsewhere = of(rs, Kind.REPELLED).stream().anyMatch(r -> r.side() != s
                    && takenBy.stream().anyMatch(t -> !Objects.equals(t.article(), r.article())));
            if (repelledElsewhere) return new Step(day, Verdict.DISPUTED, null, null, rs);
            Verdict v = confirmed(taken, taken) ? Verdict.HOLD : Verdict.CLAIM;
            return new Step(day, v, s, priorOf(rs, s), rs);
        }
        if (!of(rs, Kind.VACATED).isEmpty()) return new Step(day, Verdict.VACATED, null, priorOf(rs, null), rs);
        List<Reading> repelled = of(rs, Kind.REPELLED);
        if (!repelled.isEmpty()) {
            Set<Side> holders = sides(repelled);
            return holders.size() > 1
                    ? new Step(day, Verdict.DISPUTED, null, null, rs)
                    : new Step(day, Verdict.REPELLED, holders.iterator().next(), holders.iterator().next(), rs);
        }
        if (!of(rs, Kind.FIGHTING).isEmpty()) return new Step(day, Verdict.FIGHTING, null, null, rs);
        Set<Side> present = sides(of(rs, Kind.PRESENT));
        return present.size() > 1
                ? new Step(day, Verdict.DISPUTED, null, null, rs)
                : new Step(day, Verdict.PRESENT, present.iterator().next(), null, rs);
    }

    /**
     * True when some unclaimed report among {@code candidates} is independent of every claimed
     * report among {@code takenBySide}; trivially true when none of them is a claim.
     */
    private static boolean confirmed(List<Reading> takenBySide, List<Reading> candidates) {
        List<Reading> claims = takenBySide.stream().filter(Reading::claimed).toList();
        return candidates.stream().anyMatch(u -> u.kind() == Kind.TAKEN && !u.claimed()
                && claims.stream().allMatch(u::independentOf));
    }

    /** A claim is confirmed from its own date by an independent report of the same side within two days. */
    private static void confirmClaims(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            Step claim = steps.get(i);
            if (claim.verdict() != Verdict.CLAIM) continue;
            List<Reading> takenBySide = claim.readings().stream()
                    .filter(r -> r.kind() == Kind.TAKEN && r.side() == claim.side()).toList();
            List<Reading> confirming = new ArrayList<>();
            for (Step other : steps) {
                if (other == claim || daysApart(other, claim) > SAME_CHANGE_DAYS) continue;
                for (Reading r : other.readings()) {
                    if (r.side() == claim.side() && confirmed(takenBySide, List.of(r))) confirming.add(r);
                }
            }
            if (!confirming.isEmpty()) steps.set(i, claim.with(Verdict.HOLD, claim.side(), confirming));
        }
    }

    /**
     * A later report of the claimed capture that is not independent of the claim (same article, or
     * same outlet) repeats the claim; it does not confirm it.
     */
    private static void foldEchoesIntoClaims(List<Step> steps) {
        Step open = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.verdict() == Verdict.CLAIM) {
                open = s;
            } else if (s.verdict() == Verdict.HOLD && open != null && s.side() == open.side()) {
                List<Reading> claims = open.readings().stream().filter(Reading::claimed).toList();
                if (confirmed(claims, s.readings())) open = null;
                else steps.set(i, s.with(Verdict.CLAIM, s.side(), List.of()));
            } else if (s.verdict() != Verdict.FIGHTING) {
                open = null;
            }
        }
    }

    /**
     * Reports from different articles within two days that contradict each other (one says taken,
     * the other repelled or taken by someone else without naming the first taker as the loser)
     * make the later of the two changes DISPUTED, carrying both sides' reports.
     */
    private static void markDisagreements(List<Step> steps) {
        for (int j = 1; j < steps.size(); j++) {
            for (int i = j - 1; i >= 0 && daysApart(steps.get(i), steps.get(j)) <= SAME_CHANGE_DAYS; i--) {
                List<Reading> against = contradictions(steps.get(i), steps.get(j));
                if (!against.isEmpty()) steps.set(j, steps.get(j).with(Verdict.DISPUTED, null, against));
            }
        }
    }

    /** The readings of {@code earlier} that the readings of {@code later} contradict. */
    private static List<Reading> contradictions(Step earlier, Step later) {
        List<Reading> out = new ArrayList<>();
        for (Reading x : earlier.readings()) {
            for (Reading y : later.readings()) {
                if (Objects.equals(x.article(), y.article())) continue;
                if (contradicts(x, y) && !out.contains(x)) out.add(x);
            }
        }
        return out;
    }

    private static boolean contradicts(Reading x, Reading y) {
        boolean xTaken = x.kind() == Kind.TAKEN, yTaken = y.kind() == Kind.TAKEN;
        if (xTaken && yTaken) return x.side() != y.side() && y.prior() != x.side();
        if (xTaken && y.kind() == Kind.REPELLED) return y.side() != x.side();
        if (x.kind() == Kind.REPELLED && yTaken) return y.side() != x.side();
        return false;
    }

    private static long daysApart(Step a, Step b) {
        return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    }

    /** The first loser the day's reports name, other than the new holder. */
    private static Side priorOf(List<Reading> rs, Side holder) {
        for (Reading r : rs) if (r.prior() != null && r.prior() != holder && r.kind() != Kind.REPELLED) return r.prior();
        return null;
    }

    private static List<Reading> of(List<Reading> rs, Kind kind) {
        return rs.stream().filter(r -> r.kind() == kind).toList();
    }

    private static Set<Side> sides(List<Reading> rs) {
        Set<Side> s = new LinkedHashSet<>();
        for (Reading r : rs) if (r.side() != null) s.add(r.side());
        return s;
    }

    private static Set<String> articles(List<Reading> rs) {
        Set<String> s = new LinkedHashSet<>();
        for (Reading r : rs) s.add(r.article());
        return s;
    }
}
