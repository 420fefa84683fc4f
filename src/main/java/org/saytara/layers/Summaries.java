package org.saytara.layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.saytara.extract.Actors;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.gazetteer.PlaceType;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;
import org.saytara.timeline.Timeline;

/** One English line per frame, naming the biggest places first. */
final class Summaries {
    /** Phrases named on one line; the rest are counted. */
    private static final int SHOWN = 4;

    /** A period starting on a frame, or (period null) the end of one that nothing follows. */
    private record Change(PlaceRef place, Period period, Period before, List<Event> opening, List<Event> behind) {}

    private Summaries() {}

    static List<FrameSummary> of(Timeline timeline, Actors actors) {
        Map<LocalDate, List<Change>> byDate = new TreeMap<>();
        for (LocalDate f : timeline.frames()) byDate.put(f, new ArrayList<>());
        for (PlaceHistory h : timeline.histories()) {
            Period before = null;
            for (Period p : h.periods()) {
                boolean gap = before != null && !p.from().equals(before.to());
                List<Event> behind = h.behind(p);
                List<Event> opening = behind.stream().filter(e -> p.from().equals(e.date())).toList();
                if (gap) byDate.computeIfAbsent(before.to(), d -> new ArrayList<>()).add(new Change(h.place(), null, before, List.of(), List.of()));
                byDate.computeIfAbsent(p.from(), d -> new ArrayList<>()).add(new Change(h.place(), p, gap ? null : before, opening, behind));
                before = p;
            }
            if (before != null && before.to() != null) {
                byDate.computeIfAbsent(before.to(), d -> new ArrayList<>()).add(new Change(h.place(), null, before, List.of(), List.of()));
            }
        }
        List<FrameSummary> out = new ArrayList<>(byDate.size());
        byDate.forEach((date, changes) -> {
            changes.sort(Comparator.comparing((Change c) -> rank(c.place().type())).thenComparing(c -> English.placeName(c.place())));
            List<String> phrases = changes.stream().map(c -> phrase(c, actors)).toList();
            String line = phrases.isEmpty() ? "no change of control; new reports"
                    : String.join("; ", phrases.subList(0, Math.min(SHOWN, phrases.size())))
                    + (phrases.size() > SHOWN ? "; and " + (phrases.size() - SHOWN) + " more" : "");
            out.add(new FrameSummary(date, line, changes.size()));
        });
        return List.copyOf(out);
    }

    private static String phrase(Change c, Actors actors) {
        String place = English.placeName(c.place());
        Period p = c.period();
        if (p == null) return "fighting at " + place + " died down, holder unknown";
        Side side = p.control().side();
        if (p.pinned() != null) {
            return "analyst " + p.pinned().by() + ": " + (side == null ? place + " contested" : English.side(side)
                    + " holds " + place);
        }
        if (side != null) {
            String who = English.upperFirst(English.side(side));
            if (p.dateMin() == null) {
                return c.before() != null && c.before().control().contested()
                        ? "fighting at " + place + " died down; " + English.side(side) + " holds it"
                        : who + " held " + place;
            }
            if (c.before() != null && c.before().claimed() && c.before().control().contested()) {
                return who + "'s capture of " + place + " confirmed";
            }
            boolean taken = c.opening().stream().anyMatch(e -> e.kind() == EventKind.CAPTURE || e.kind() == EventKind.WITHDRAWAL);
            return who + (taken ? " took " : " holds ") + place;
        }
        if (p.dateMin() == null) {
            Side claimant = p.claimed() ? Layers.claimant(c.behind()) : null;
            return "fighting at " + place + " died down"
                    + (claimant != null ? "; " + English.side(claimant) + "'s claim to it stands" : "; still contested");
        }
        if (p.claimed()) {
            Side claimant = Layers.claimant(c.behind());
            return (claimant != null ? English.upperFirst(English.side(claimant)) : "A side") + " claims " + place;
        }
        boolean captures = c.opening().stream().anyMatch(e -> e.kind() == EventKind.CAPTURE);
        if (captures) return "reports disagree on " + place;
        for (Event e : c.opening()) {
            if (e.kind() == EventKind.WITHDRAWAL) {
                Side loser = actors.sideOf(e.actorLosing());
                return (loser != null ? English.upperFirst(English.side(loser)) : "Forces") + " left " + place;
            }
        }
        return "fighting at " + place;
    }

    /** Cities first: the line should name what a reader most wants to know. */
    private static int rank(PlaceType t) {
        if (t == null) return 9;
        return switch (t) {
            case CITY -> 0;
            case TOWN, AIRBASE, AIRPORT -> 1;
            case OIL_FIELD, GAS_FIELD, MOUNTAIN -> 2;
            case VILLAGE, SUBURB -> 3;
            default -> 4;
        };
    }
}
