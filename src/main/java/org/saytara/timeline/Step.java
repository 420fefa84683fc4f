package org.saytara.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.saytara.extract.Side;

/**
 * One reconciled change of a place on one day: the readings of that day (and those that confirm or
 * dispute them) turned into a single verdict.
 *
 * @param side  the holder for HOLD, CLAIM (the claimant), PRESENT and REPELLED; null otherwise
 * @param prior who held the place before, as the reports say, or null
 */
record Step(LocalDate date, Verdict verdict, Side side, Side prior, List<Reading> readings) {

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

    Step {
        readings = List.copyOf(readings);
    }

    /** This step with another verdict, carrying also the extra readings it does not carry yet (in their order). */
    Step with(Verdict v, Side s, List<Reading> extra) {
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
        return new Step(date, v, s, prior, all);
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
}
