package org.saytara.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.saytara.extract.Side;

/**
 * One reconciled change of a place on one day: the readings of that day (and those that confirm or
 * dispute them) turned into a single verdict. Immutable; equal when date, verdict, sides and
 * readings are.
 *
 * <p>A step also remembers where the readings it took from other steps came from ({@link
 * #sources}): a long dispute carries thousands of readings from day to day, each day's step taking
 * on those of the day before, so whoever gathers the readings of a run of such steps (the painter)
 * has seen all but the step's own ones already, and can skip them without looking at each. That is
 * bookkeeping, not part of the verdict: it plays no part in equality.
 */
final class Step {
    enum Verdict {
        /** The side holds the place from this date. */
        HOLD,
        /** Only the side's own media say it took the place: contested and claimed. */
        CLAIM,
        /** Reports within two days disagree: contested, until a later report settles it. */
        DISPUTED,
        /** The holder left and nobody is named in its place: contested, until a later report. */
        VACATED,
        /** Fighting: contested for a while, then the holder shows again. */
        FIGHTING,
        /** Fighting, and the side named still holds the place afterwards. */
        REPELLED,
        /** The side is stationed there: it holds the place, on weak evidence. */
        PRESENT
    }

    private final LocalDate date;
    private final Verdict verdict;
    private final Side side;
    private final Side prior;
    private final List<Reading> readings;
    /** The first readings, up to here, are the step's own; every later one is among some source's readings. */
    private final int ownCount;
    /** The steps whose readings this one took on (told apart by identity). */
    private final List<Step> sources;

    /**
     * @param side  the holder for HOLD, CLAIM (the claimant), PRESENT and REPELLED; null otherwise
     * @param prior who held the place before, as the reports say, or null
     */
    Step(LocalDate date, Verdict verdict, Side side, Side prior, List<Reading> readings) {
        this(date, verdict, side, prior, List.copyOf(readings), readings.size(), List.of());
    }

    private Step(LocalDate date, Verdict verdict, Side side, Side prior, List<Reading> readings, int ownCount, List<Step> sources) {
        this.date = date;
        this.verdict = verdict;
        this.side = side;
        this.prior = prior;
        this.readings = readings;
        this.ownCount = ownCount;
        this.sources = sources;
    }

    LocalDate date() {
        return date;
    }

    Verdict verdict() {
        return verdict;
    }

    Side side() {
        return side;
    }

    Side prior() {
        return prior;
    }

    List<Reading> readings() {
        return readings;
    }

    /** The readings that are not known to come from a {@linkplain #sources source}: the step's own, in order. */
    List<Reading> ownReadings() {
        return readings.subList(0, ownCount);
    }

    /** The steps whose readings this one took on; every reading past {@link #ownReadings} is among theirs. */
    List<Step> sources() {
        return sources;
    }

    /** This step with another verdict, carrying also the extra readings it does not carry yet (in their order). */
    Step with(Verdict v, Side s, List<Reading> extra) {
        if (extra.isEmpty()) return new Step(date, v, s, prior, readings, ownCount, sources);
        List<Reading> all = merged(extra);
        return new Step(date, v, s, prior, all, all.size(), List.of());
    }

    /**
     * This step with another verdict, carrying also the extra readings it does not carry yet (in
     * their order), all of which are readings of {@code source}.
     */
    Step with(Verdict v, Side s, List<Reading> extra, Step source) {
        if (extra.isEmpty()) return new Step(date, v, s, prior, readings, ownCount, sources);
        List<Step> from = new ArrayList<>(sources.size() + 1);
        from.addAll(sources);
        from.add(source);
        return new Step(date, v, s, prior, merged(extra), ownCount, List.copyOf(from));
    }

    private List<Reading> merged(List<Reading> extra) {
        List<Reading> all = new ArrayList<>(readings.size() + extra.size());
        all.addAll(readings);
        // A reading's input position identifies it: cheaper than comparing whole events. A
        // disputed change carries thousands of readings along a long dispute: no boxing here.
        BitSet carried = new BitSet();
        for (Reading r : readings) carried.set(r.order());
        for (Reading r : extra) {
            if (!carried.get(r.order())) {
                carried.set(r.order());
                all.add(r);
            }
        }
        return java.util.Collections.unmodifiableList(all);
    }

    LocalDate windowMin() {
        LocalDate m = date;
        for (Reading r : readings) if (r.windowMin().isBefore(m)) m = r.windowMin();
        return m;
    }

    LocalDate windowMax() {
        LocalDate m = date;
        for (Reading r : readings) if (r.windowMax().isAfter(m)) m = r.windowMax();
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Step t && date.equals(t.date) && verdict == t.verdict && Objects.equals(side, t.side)
                && Objects.equals(prior, t.prior) && readings.equals(t.readings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, verdict, side, prior, readings);
    }

    @Override
    public String toString() {
        return "Step[date=" + date + ", verdict=" + verdict + ", side=" + side + ", prior=" + prior + ", readings=" + readings + "]";
    }
}
