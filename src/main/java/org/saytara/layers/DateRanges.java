package org.saytara.layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.saytara.timeline.Period;

/** Half-open date ranges {@code [from, to)} ({@code to} null: open-ended), as a plain list: there are few. */
final class DateRanges {
    private record Range(LocalDate from, LocalDate to) {}

    private final List<Range> ranges = new ArrayList<>();

    void add(LocalDate from, LocalDate to) {
        ranges.add(new Range(from, to));
    }

    boolean contains(LocalDate d) {
        for (Range r : ranges) if (!d.isBefore(r.from()) && (r.to() == null || d.isBefore(r.to()))) return true;
        return false;
    }

    /** Adds the stretches where the two histories of one place give different periods (or one gives none). */
    void addDifferences(List<Period> before, List<Period> now) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (List<Period> ps : List.of(before, now)) {
            for (Period p : ps) {
                cuts.add(p.from());
                if (p.to() != null) cuts.add(p.to());
            }
        }
        List<LocalDate> points = new ArrayList<>(cuts);
        for (int i = 0; i < points.size(); i++) {
            LocalDate from = points.get(i);
            LocalDate to = i + 1 < points.size() ? points.get(i + 1) : null;
            if (!Objects.equals(at(before, from), at(now, from))) add(from, to);
        }
        // Before the first cut both give nothing; nothing differs there.
    }

    private static Period at(List<Period> ps, LocalDate d) {
        for (Period p : ps) if (p.covers(d)) return p;
        return null;
    }
}
