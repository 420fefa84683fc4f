package org.saytara.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.timeline.Control;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;
import org.saytara.timeline.Timeline;

/**
 * The events nobody has reviewed yet, most doubtful first, so that an analyst's first minutes go
 * where the machine is most likely wrong. Each event gets its reasons for doubt and a score, the
 * sum of their weights:
 * <ul>
 *   <li>{@code claimed} (5): only the gainer's own media report it;</li>
 *   <li>{@code disputed} (4): a change it reports shows as contested on the map, because reports
 *       disagree or a claim is unconfirmed;</li>
 *   <li>{@code contested} (3): fighting, which decides nothing by itself;</li>
 *   <li>{@code low confidence} (2, plus how far below 1 the confidence is): the extractor's own
 *       confidence under {@value #LOW_CONFIDENCE};</li>
 *   <li>{@code unlocated} (1): the place's point is estimated to {@value #UNLOCATED_KM} km or
 *       worse, or missing.</li>
 * </ul>
 * Ties go to the less confident, then the earlier, then by id: the order is the same on every run.
 */
public final class ReviewQueue {
    static final double LOW_CONFIDENCE = 0.7;
    static final double UNLOCATED_KM = 5;

    /** An unreviewed event, with why it is doubtful (possibly nothing) and how much. */
    public record Item(Event event, double doubt, List<String> reasons) {}

    private ReviewQueue() {}

    /**
     * @param events   the reviewed events (those with a review mark are left out)
     * @param timeline the timeline built from them, to see which reports the map shows as disputed
     */
    public static List<Item> of(List<Event> events, Timeline timeline) {
        Set<String> disputed = new HashSet<>();
        for (PlaceHistory h : timeline.histories()) {
            for (Period p : h.periods()) if (p.control() == Control.CONTESTED) disputed.addAll(p.eventIds());
        }
        List<Item> out = new ArrayList<>();
        for (Event e : events) {
            if (e.review() != null) continue;
            List<String> reasons = new ArrayList<>(4);
            double score = 0;
            if (e.claimed()) {
                reasons.add("claimed");
                score += 5;
            }
            if (e.kind() != EventKind.CONTESTED && disputed.contains(e.id())) {
                reasons.add("disputed");
                score += 4;
            }
            if (e.kind() == EventKind.CONTESTED) {
                reasons.add("contested");
                score += 3;
            }
            if (e.confidence() < LOW_CONFIDENCE) {
                reasons.add("low confidence");
                score += 2 + (1 - e.confidence());
            }
            if (unlocated(e.place())) {
                reasons.add("unlocated");
                score += 1;
            }
            out.add(new Item(e, Math.round(score * 100) / 100.0, List.copyOf(reasons)));
        }
        out.sort(Comparator.comparingDouble((Item i) -> -i.doubt())
                .thenComparingDouble(i -> i.event().confidence())
                .thenComparing(i -> i.event().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.event().id()));
        return out;
    }

    private static boolean unlocated(PlaceRef p) {
        return p == null || p.precisionKm() >= UNLOCATED_KM || (p.lat() == 0 && p.lon() == 0);
    }
}
