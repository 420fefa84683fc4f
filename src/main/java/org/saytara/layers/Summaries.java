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

/** One line per frame, in English and in Arabic, naming the biggest places first. */
final class Summaries {
    /** The words of a summary line in one language. */
    private interface Words {
        String place(PlaceRef p);
        String side(Side s);
        String sideSubject(Side s);
        String diedDownUnknown(String place);
        String diedDownHeld(String place, Side s);
        String held(Side s, String place);
        String confirmed(Side s, String place);
        String tookOrHolds(Side s, boolean took, String place);
        String diedDownClaim(String place, Side claimant);
        String diedDownContested(String place);
        String claims(Side claimant, String place);
        String disagree(String place);
        String left(Side loser, String place);
        String fighting(String place);
        String none();
        String join(List<String> phrases, int more);
    }

    private static final Words EN = new Words() {
        public String place(PlaceRef p) { return English.placeName(p); }
        public String side(Side s) { return English.side(s); }
        public String sideSubject(Side s) { return English.upperFirst(English.side(s)); }
        public String diedDownUnknown(String place) { return "fighting at " + place + " died down, holder unknown"; }
        public String diedDownHeld(String place, Side s) { return "fighting at " + place + " died down; " + side(s) + " holds it"; }
        public String held(Side s, String place) { return sideSubject(s) + " held " + place; }
        public String confirmed(Side s, String place) { return sideSubject(s) + "'s capture of " + place + " confirmed"; }
        public String tookOrHolds(Side s, boolean took, String place) { return sideSubject(s) + (took ? " took " : " holds ") + place; }
        public String diedDownClaim(String place, Side c) { return "fighting at " + place + " died down; " + side(c) + "'s claim to it stands"; }
        public String diedDownContested(String place) { return "fighting at " + place + " died down; still contested"; }
        public String claims(Side c, String place) { return (c != null ? sideSubject(c) : "A side") + " claims " + place; }
        public String disagree(String place) { return "reports disagree on " + place; }
        public String left(Side l, String place) { return (l != null ? sideSubject(l) : "Forces") + " left " + place; }
        public String fighting(String place) { return "fighting at " + place; }
        public String none() { return "no change of control; new reports"; }
        public String join(List<String> p, int more) { return String.join("; ", p) + (more > 0 ? "; and " + more + " more" : ""); }
    };

    private static final Words AR = new Words() {
        public String place(PlaceRef p) { return Arabic.placeName(p); }
        public String side(Side s) { return Arabic.side(s); }
        public String sideSubject(Side s) { return Arabic.side(s); }
        public String diedDownUnknown(String place) { return "هدأت المعارك في " + place + " ولا يُعرف من يسيطر عليها"; }
        public String diedDownHeld(String place, Side s) { return "هدأت المعارك في " + place + " وهي بيد " + side(s); }
        public String held(Side s, String place) { return "كانت " + place + " بيد " + side(s); }
        public String confirmed(Side s, String place) { return "تأكدت سيطرة " + side(s) + " على " + place; }
        public String tookOrHolds(Side s, boolean took, String place) { return took ? Arabic.verb("سيطر", side(s)) + " " + side(s) + " على " + place : place + " بيد " + side(s); }
        public String diedDownClaim(String place, Side c) { return "هدأت المعارك في " + place + " ويبقى ادّعاء " + side(c) + " السيطرة عليها"; }
        public String diedDownContested(String place) { return "هدأت المعارك في " + place + " ولا تزال متنازعاً عليها"; }
        public String claims(Side c, String place) {
            String who = c != null ? side(c) : "طرف";
            return who + (Arabic.verb("x", who).length() > 1 ? " تدّعي" : " يدّعي") + " السيطرة على " + place;
        }
        public String disagree(String place) { return "تتضارب الأنباء حول " + place; }
        public String left(Side l, String place) { return "انسحاب " + (l != null ? side(l) : "مقاتلين") + " من " + place; }
        public String fighting(String place) { return "معارك في " + place; }
        public String none() { return "لا تغيير في السيطرة؛ تقارير جديدة"; }
        public String join(List<String> p, int more) { return String.join("؛ ", p) + (more > 0 ? "؛ و" + Arabic.digits(more) + " غيرها" : ""); }
    };
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
            out.add(new FrameSummary(date, line(changes, EN, actors), changes.size(), line(changes, AR, actors), 0));
        });
        return List.copyOf(out);
    }

    private static String line(List<Change> changes, Words w, Actors actors) {
        if (changes.isEmpty()) return w.none();
        List<String> phrases = changes.stream().map(c -> phrase(c, w, actors)).toList();
        return w.join(phrases.subList(0, Math.min(SHOWN, phrases.size())), Math.max(0, phrases.size() - SHOWN));
    }

    private static String phrase(Change c, Words w, Actors actors) {
        String place = w.place(c.place());
        Period p = c.period();
        if (p == null) return w.diedDownUnknown(place);
        Side side = p.control().side();
        if (p.pinned() != null) {
            return "analyst " + p.pinned().by() + ": " + (side == null ? place + " contested" : English.side(side)
                    + " holds " + place);
        }
        if (side != null) {
            if (p.dateMin() == null) {
                return c.before() != null && c.before().control().contested()
                        ? w.diedDownHeld(place, side) : w.held(side, place);
            }
            if (c.before() != null && c.before().claimed() && c.before().control().contested()) {
                return w.confirmed(side, place);
            }
            boolean taken = c.opening().stream().anyMatch(e -> e.kind() == EventKind.CAPTURE || e.kind() == EventKind.WITHDRAWAL);
            return w.tookOrHolds(side, taken, place);
        }
        if (p.dateMin() == null) {
            Side claimant = p.claimed() ? Layers.claimant(c.behind()) : null;
            return claimant != null ? w.diedDownClaim(place, claimant) : w.diedDownContested(place);
        }
        if (p.claimed()) return w.claims(Layers.claimant(c.behind()), place);
        boolean captures = c.opening().stream().anyMatch(e -> e.kind() == EventKind.CAPTURE);
        if (captures) return w.disagree(place);
        for (Event e : c.opening()) {
            if (e.kind() == EventKind.WITHDRAWAL) return w.left(actors.sideOf(e.actorLosing()), place);
        }
        return w.fighting(place);
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
