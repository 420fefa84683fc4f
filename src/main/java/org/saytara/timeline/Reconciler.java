package org.saytara.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * Turns the readings of one place (its own, not its parent's) into dated steps. See {@link Timeline}.
 *
 * <p>A big change is told by hundreds of articles, so nothing here compares readings pair by pair:
 * the readings of a day are summed up by what they say (kind, side, loser) and by how many
 * articles say it, and a reading is checked against those few sums. Every pass is linear in the
 * readings of the place (times the handful of sides), plus a sort.
 */
final class Reconciler {
    /** Reports this many days apart or closer speak of the same change. */
    static final int SAME_CHANGE_DAYS = 2;

    private Reconciler() {}

    static List<Step> resolve(List<Reading> readings) {
        return Resolved.of(readings).steps();
    }

    /**
     * A place's readings and the steps they resolve to, with what each pass left behind, so that
     * the place can be resolved again after some readings came or went by redoing only the steps
     * from the first one the change can reach. Immutable.
     *
     * <p>How far back a change reaches follows from the passes: a day's step depends on that day's
     * usable readings alone; confirming a claim looks at the steps up to {@value #SAME_CHANGE_DAYS}
     * days either side (those before as already confirmed, those after as the day made them);
     * folding echoes into a claim and marking disagreements only look back (at steps already
     * final). So every step dated more than {@value #SAME_CHANGE_DAYS} days before the earliest day
     * whose usable readings changed (a reading added or gone, or a presence overruled or no longer
     * overruled) is what it was, and what each pass made of it can be reused; every later step is
     * resolved again. A report dated in the past redoes the history after it, since a claim can be
     * confirmed, an echo folded or a dispute carried on much later.
     */
    static final class Resolved {
        private final List<Reading> readings;
        private final List<Reading> usable;
        /** Each step after confirming claims, before echoes are folded: what later claims look back at. */
        private final List<Step> confirmed;
        /** The claim still open (echoes fold into it) after each step; null for none. */
        private final List<Step> openAfter;
        private final List<Step> steps;
        /** One more than the greatest {@link Reading#order} among the readings: the next new reading's. */
        private final int nextOrder;

        private Resolved(List<Reading> readings, List<Reading> usable, List<Step> confirmed, List<Step> openAfter,
                         List<Step> steps) {
            this.readings = readings;
            this.usable = usable;
            this.confirmed = confirmed;
            this.openAfter = openAfter;
            this.steps = steps;
            int next = 0;
            for (Reading r : readings) next = Math.max(next, r.order() + 1);
            this.nextOrder = next;
        }

        /** Every reading resolved from scratch. */
        static Resolved of(List<Reading> readings) {
            List<Reading> usable = dropOverruledPresence(readings);
            return run(readings, usable, null, 0, null);
        }

        /** The readings, in input order. */
        List<Reading> readings() {
            return readings;
        }

        /** The resolved steps, one per day with a usable reading, in date order. */
        List<Step> steps() {
            return steps;
        }

        /** The order a reading new to this place gets: unique among the place's readings, as {@link Step#with} needs. */
        int nextOrder() {
            return nextOrder;
        }

        /**
         * The same place with these readings now (those kept being the same objects as here, new
         * ones with orders from {@link #nextOrder}): the steps from the first day the change can
         * reach are resolved again, those before are shared.
         */
        Resolved with(List<Reading> now) {
            List<Reading> nowUsable = dropOverruledPresence(now);
            LocalDate earliest = earliestDifference(usable, nowUsable);
            if (earliest == null) return new Resolved(now, nowUsable, confirmed, openAfter, steps);
            LocalDate from = earliest.minusDays(SAME_CHANGE_DAYS);
            int keep = 0;
            while (keep < steps.size() && steps.get(keep).date().isBefore(from)) keep++;
            return run(now, nowUsable, this, keep, from);
        }

        /** The earliest date of a reading usable in one list and not in the other (told apart by identity), or null. */
        private static LocalDate earliestDifference(List<Reading> a, List<Reading> b) {
            Set<Reading> inA = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>(a.size() * 2));
            inA.addAll(a);
            Set<Reading> inB = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>(b.size() * 2));
            inB.addAll(b);
            LocalDate earliest = null;
            for (Reading r : a) if (!inB.contains(r) && (earliest == null || r.date().isBefore(earliest))) earliest = r.date();
            for (Reading r : b) if (!inA.contains(r) && (earliest == null || r.date().isBefore(earliest))) earliest = r.date();
            return earliest;
        }

        /**
         * The passes over the steps from index {@code keep} on, the first {@code keep} taken from
         * {@code before} as each pass left them; with no {@code before}, over every day.
         */
        private static Resolved run(List<Reading> readings, List<Reading> usable, Resolved before, int keep, LocalDate from) {
            Map<LocalDate, List<Reading>> byDay = new TreeMap<>();
            for (Reading r : usable) {
                if (from == null || !r.date().isBefore(from)) byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
            }
            List<Step> steps = new ArrayList<>(keep + byDay.size());
            if (before != null) steps.addAll(before.confirmed.subList(0, keep));
            byDay.forEach((day, rs) -> steps.add(dayStep(day, rs)));
            confirmClaims(steps, keep);
            List<Step> confirmed = List.copyOf(steps);
            List<Step> openAfter = new ArrayList<>(steps.size());
            if (before != null) openAfter.addAll(before.openAfter.subList(0, keep));
            foldEchoesIntoClaims(steps, keep, keep == 0 ? null : openAfter.get(keep - 1), openAfter);
            if (before != null) for (int i = 0; i < keep; i++) steps.set(i, before.steps.get(i));
            markDisagreements(steps, keep);
            return new Resolved(readings, usable, confirmed, java.util.Collections.unmodifiableList(openAfter), List.copyOf(steps));
        }
    }

    /** A presence never overrides a capture or withdrawal of another side whose date window overlaps its own. */
    private static List<Reading> dropOverruledPresence(List<Reading> readings) {
        Map<Side, List<Reading>> changesBySide = new HashMap<>();
        boolean anyPresence = false;
        for (Reading r : readings) {
            if (r.kind() == Kind.TAKEN || r.kind() == Kind.VACATED) changesBySide.computeIfAbsent(r.side(), s -> new ArrayList<>()).add(r);
            else if (r.kind() == Kind.PRESENT) anyPresence = true;
        }
        if (!anyPresence || changesBySide.isEmpty()) return readings;
        Map<Side, Windows> windows = new HashMap<>();
        changesBySide.forEach((side, rs) -> windows.put(side, new Windows(rs)));
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            boolean overruled = false;
            if (r.kind() == Kind.PRESENT) {
                for (Map.Entry<Side, Windows> w : windows.entrySet()) {
                    if (!Objects.equals(w.getKey(), r.side()) && w.getValue().anyOverlaps(r.windowMin(), r.windowMax())) {
                        overruled = true;
                        break;
                    }
                }
            }
            if (!overruled) out.add(r);
        }
        return out;
    }

    /** Date windows sorted by start, with the latest end among each prefix: overlap in log time. */
    private static final class Windows {
        private final LocalDate[] starts;
        private final LocalDate[] maxEnds;

        Windows(List<Reading> rs) {
            Reading[] sorted = rs.toArray(Reading[]::new);
            Arrays.sort(sorted, Comparator.comparing(Reading::windowMin));
            starts = new LocalDate[sorted.length];
            maxEnds = new LocalDate[sorted.length];
            LocalDate max = null;
            for (int i = 0; i < sorted.length; i++) {
                starts[i] = sorted[i].windowMin();
                if (max == null || sorted[i].windowMax().isAfter(max)) max = sorted[i].windowMax();
                maxEnds[i] = max;
            }
        }

        /** True when some window [s, e] has s ≤ max and e ≥ min. */
        boolean anyOverlaps(LocalDate min, LocalDate max) {
            int lo = 0, hi = starts.length - 1, last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (!starts[mid].isAfter(max)) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && !maxEnds[last].isBefore(min);
        }
    }

    private static Step dayStep(LocalDate day, List<Reading> rs) {
        List<Reading> taken = of(rs, Kind.TAKEN);
        Set<Side> takers = sides(taken);
        if (takers.size() > 1) {
            if (Articles.of(taken).many()) return new Step(day, Verdict.DISPUTED, null, null, rs);
            // One article telling a back-and-forth on one day: its last sentence is the outcome.
            Side last = taken.get(taken.size() - 1).side();
            taken = taken.stream().filter(r -> Objects.equals(r.side(), last)).toList();
            takers = Set.of(last);
        }
        if (takers.size() == 1) {
            Side s = takers.iterator().next();
            Articles takenBy = Articles.of(taken);
            boolean repelledElsewhere = false;
            for (Reading r : rs) {
                if (r.kind() == Kind.REPELLED && !Objects.equals(r.side(), s) && takenBy.anyOtherThan(r.article())) {
                    repelledElsewhere = true;
                    break;
                }
            }
            if (repelledElsewhere) return new Step(day, Verdict.DISPUTED, null, null, rs);
            Verdict v = Claims.of(taken).confirmedByAny(taken) ? Verdict.HOLD : Verdict.CLAIM;
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
     * The claimed reports among some readings, as the articles and outlets they come from. A
     * report confirms them when it is an unclaimed capture independent of every one of them: from
     * another article, and from another outlet where both outlets are known
     * ({@link Reading#independentOf}). With no claims, any unclaimed capture confirms.
     */
    private record Claims(Set<String> articles, Set<String> outlets) {
        static Claims of(List<Reading> rs) {
            Set<String> articles = new HashSet<>(), outlets = new HashSet<>();
            for (Reading r : rs) {
                if (!r.claimed()) continue;
                articles.add(r.article());
                if (r.event().outlet() != null) outlets.add(r.event().outlet());
            }
            return new Claims(articles, outlets);
        }

        boolean confirmedBy(Reading u) {
            if (u.kind() != Kind.TAKEN || u.claimed() || articles.contains(u.article())) return false;
            String outlet = u.event().outlet();
            return outlet == null || !outlets.contains(outlet);
        }

        boolean confirmedByAny(List<Reading> candidates) {
            for (Reading u : candidates) if (confirmedBy(u)) return true;
            return false;
        }
    }

    /** A claim is confirmed from its own date by an independent report of the same side within two days. */
    private static void confirmClaims(List<Step> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            Step claim = steps.get(i);
            if (claim.verdict() != Verdict.CLAIM) continue;
            List<Reading> takenBySide = claim.readings().stream()
                    .filter(r -> r.kind() == Kind.TAKEN && Objects.equals(r.side(), claim.side())).toList();
            Claims claims = Claims.of(takenBySide);
            List<Reading> confirming = new ArrayList<>();
            // Steps are one per day and sorted, so those within two days lie within two places.
            for (int k = Math.max(0, i - SAME_CHANGE_DAYS); k <= Math.min(steps.size() - 1, i + SAME_CHANGE_DAYS); k++) {
                Step other = steps.get(k);
                if (other == claim || daysApart(other, claim) > SAME_CHANGE_DAYS) continue;
                for (Reading r : other.readings()) {
                    if (Objects.equals(r.side(), claim.side()) && claims.confirmedBy(r)) confirming.add(r);
                }
            }
            if (!confirming.isEmpty()) steps.set(i, claim.with(Verdict.HOLD, claim.side(), confirming));
        }
    }

    /**
     * A later report of the claimed capture that is not independent of the claim (same article, or
     * same outlet) repeats the claim; it does not confirm it.
     */
    private static void foldEchoesIntoClaims(List<Step> steps, int from, Step open, List<Step> openAfter) {
        Claims openClaims = open == null ? null : Claims.of(open.readings());
        for (int i = from; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.verdict() == Verdict.CLAIM) {
                open = s;
                openClaims = Claims.of(s.readings());
            } else if (s.verdict() == Verdict.HOLD && open != null && Objects.equals(s.side(), open.side())) {
                if (openClaims.confirmedByAny(s.readings())) open = null;
                else steps.set(i, s.with(Verdict.CLAIM, s.side(), List.of()));
            } else if (s.verdict() != Verdict.FIGHTING) {
                open = null;
            }
            openAfter.add(open);
        }
    }

    /**
     * Reports from different articles within two days that contradict each other (one says taken,
     * the other repelled or taken by someone else without naming the first taker as the loser)
     * make the later of the two changes DISPUTED, carrying both sides' reports. The later change is
     * checked against each earlier one as it stands, so a change already disputed carries the
     * reports it took on into the next comparison.
     */
    private static void markDisagreements(List<Step> steps, int from) {
        for (int j = Math.max(1, from); j < steps.size(); j++) {
            for (int i = j - 1; i >= 0 && daysApart(steps.get(i), steps.get(j)) <= SAME_CHANGE_DAYS; i--) {
                Step earlier = steps.get(i);
                List<Reading> against = contradictions(earlier, steps.get(j));
                if (!against.isEmpty()) steps.set(j, steps.get(j).with(Verdict.DISPUTED, null, against, earlier));
            }
        }
    }

    /**
     * The readings of {@code earlier} that some reading of {@code later}, from another article,
     * contradicts: a capture by S against a capture by another side that does not name S as the
     * loser, or against another side repelling the attack; a repelled attack held by S against a
     * capture by another side. {@code later} is summed up once by (kind, side, loser), each with
     * the articles behind it, so each reading of {@code earlier} costs a look at those few sums.
     */
    private static List<Reading> contradictions(Step earlier, Step later) {
        LaterSums sums = new LaterSums();
        List<Reading> ys = later.readings();
        for (int k = 0, n = ys.size(); k < n; k++) sums.add(ys.get(k));
        if (sums.isEmpty()) return List.of();
        // Whether a reading of earlier is contradicted depends on its kind and side, and on its
        // article only through "another article than its own": worked out once per kind and side.
        // A long dispute carries thousands of readings from step to step, so this is the hot loop:
        // indexed, and the few sides looked up in arrays, not maps.
        Side[] known = new Side[4];
        Against[] captures = new Against[4], repels = new Against[4];
        int sides = 0;
        List<Reading> out = new ArrayList<>();
        Side lastSide = null;
        Against lastCapture = null, lastRepel = null;
        List<Reading> xs = earlier.readings();
        for (int k = 0, n = xs.size(); k < n; k++) {
            Reading x = xs.get(k);
            Kind kind = x.kind();
            if (kind != Kind.TAKEN && kind != Kind.REPELLED) continue;
            Side side = x.side();
            if (lastSide == null || !same(lastSide, side)) {
                // Readings come in runs of one side: look the side up once per run.
                lastSide = side;
                int at = 0;
                while (at < sides && !same(known[at], side)) at++;
                if (at == sides) {
                    if (sides == known.length) {
                        known = Arrays.copyOf(known, sides * 2);
                        captures = Arrays.copyOf(captures, sides * 2);
                        repels = Arrays.copyOf(repels, sides * 2);
                    }
                    known[at] = side;
                    captures[at] = sums.againstCapture(side);
                    repels[at] = sums.takenByAnother(side, false, new Against());
                    sides++;
                }
                lastCapture = captures[at];
                lastRepel = repels[at];
            }
            if ((kind == Kind.TAKEN ? lastCapture : lastRepel).of(x.article())) out.add(x);
        }
        return out;
    }

    private static boolean same(Side a, Side b) {
        return a == b || (a != null && a.equals(b));
    }

    /**
     * A later change summed up by (kind, side, loser), each with the articles behind it: captures
     * by each side and loser, attacks repelled by each side. A handful of sums at most, kept in
     * lists (looked up by a scan, in the order first seen) so that summing a reading allocates
     * nothing: a disputed change carries thousands of readings.
     */
    private static final class LaterSums {
        private final List<Side> takenSides = new ArrayList<>(4), takenPriors = new ArrayList<>(4), repelledSides = new ArrayList<>(4);
        private final List<Articles> taken = new ArrayList<>(4), repelled = new ArrayList<>(4);

        void add(Reading y) {
            if (y.kind() == Kind.TAKEN) {
                Side side = y.side(), prior = y.prior();
                int i = 0, n = takenSides.size();
                while (i < n && !(same(takenSides.get(i), side) && same(takenPriors.get(i), prior))) i++;
                if (i == n) {
                    takenSides.add(side);
                    takenPriors.add(prior);
                    taken.add(new Articles());
                }
                taken.get(i).add(y.article());
            } else if (y.kind() == Kind.REPELLED) {
                Side side = y.side();
                int i = 0, n = repelledSides.size();
                while (i < n && !same(repelledSides.get(i), side)) i++;
                if (i == n) {
                    repelledSides.add(side);
                    repelled.add(new Articles());
                }
                repelled.get(i).add(y.article());
            }
        }

        boolean isEmpty() {
            return takenSides.isEmpty() && repelledSides.isEmpty();
        }

        /**
         * What contradicts a capture by {@code side}: a capture by another side that does not name it as
         * the loser, or another side repelling the attack, from another article.
         */
        Against againstCapture(Side side) {
            Against a = takenByAnother(side, true, new Against());
            for (int i = 0; i < repelledSides.size(); i++) {
                if (!Objects.equals(repelledSides.get(i), side)) a.add(repelled.get(i));
            }
            return a;
        }

        /** Captures by a side other than {@code side} (and, if asked, not naming {@code side} as the loser). */
        Against takenByAnother(Side side, boolean unlessFromSide, Against a) {
            for (int i = 0; i < takenSides.size(); i++) {
                if (Objects.equals(takenSides.get(i), side)) continue;
                if (unlessFromSide && Objects.equals(takenPriors.get(i), side)) continue;
                a.add(taken.get(i));
            }
            return a;
        }
    }

    /**
     * The articles behind the readings that would contradict one, summed up: a reading is
     * contradicted when some of them comes from an article other than its own
     * ({@link Articles#anyOtherThan}), that is always when two different articles are among them,
     * never when there are none, and otherwise unless the reading comes from that one article.
     */
    private static final class Against {
        private boolean any;
        private boolean always;
        private String only;

        void add(Articles a) {
            if (always || !a.any) return;
            if (a.many || (any && !Objects.equals(only, a.first))) {
                always = true;
                return;
            }
            any = true;
            only = a.first;
        }

        /** True when a reading from this article is contradicted. */
        boolean of(String article) {
            return always || (any && !Objects.equals(only, article));
        }
    }

    /** The articles behind some readings, as far as the rules need them: the first one, and whether there are others. */
    private static final class Articles {
        private boolean any;
        private String first;
        private boolean many;

        static Articles of(List<Reading> rs) {
            Articles a = new Articles();
            for (Reading r : rs) a.add(r.article());
            return a;
        }

        void add(String article) {
            if (!any) {
                any = true;
                first = article;
            } else if (!Objects.equals(first, article)) {
                many = true;
            }
        }

        boolean many() {
            return many;
        }

        /** True when some of these readings comes from an article other than the given one. */
        boolean anyOtherThan(String article) {
            return many || (any && !Objects.equals(first, article));
        }
    }

    private static long daysApart(Step a, Step b) {
        return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    }

    /** The first loser the day's reports name, other than the new holder. */
    private static Side priorOf(List<Reading> rs, Side holder) {
        for (Reading r : rs) {
            if (r.prior() != null && !Objects.equals(r.prior(), holder) && r.kind() != Kind.REPELLED) return r.prior();
        }
        return null;
    }

    private static List<Reading> of(List<Reading> rs, Kind kind) {
        List<Reading> out = new ArrayList<>();
        for (Reading r : rs) if (r.kind() == kind) out.add(r);
        return out;
    }

    private static Set<Side> sides(List<Reading> rs) {
        Set<Side> s = new LinkedHashSet<>();
        for (Reading r : rs) if (r.side() != null) s.add(r.side());
        return s;
    }
}
