package org.saytara.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.saytara.extract.Actors;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;

/**
 * Who held each place, period by period, reconciled from every report about it. Immutable and
 * thread-safe once built.
 *
 * <h2>Reconciliation rules</h2>
 * <ol>
 * <li><b>Reading an event.</b> Actors map to sides through the profile's actor registry (in
 *     Syria's, Russia, Iran and loyal militias are the government side). A capture gives the place to {@code controller_after}, else to the side of
 *     {@code actor_gaining}. A withdrawal does the same when the article names the gainer; when it
 *     does not, the place becomes {@code contested} (nobody is known to hold it) until a later
 *     report. A {@code contested} event is fighting; if it also names {@code controller_after},
 *     it is an attack repelled, the named side still holding the place. A {@code presence} says
 *     the actor's side holds the place from the event date.</li>
 * <li><b>Same place, same day.</b> All reports of one place dated the same day (from any number of
 *     articles) merge into one change carrying all their event ids and outlets. If they name
 *     different gainers and come from different articles, the change is disputed (rule 6); if
 *     they come from one article, its last sentence is the outcome.</li>
 * <li><b>Capture.</b> Control moves to the gaining side from the event's date.</li>
 * <li><b>Recalled past events fix the earlier holder.</b> When the first durable report about a
 *     place names a loser X (a capture or withdrawal "from X", or an attack that X repelled),
 *     X is taken to have held the place from the timeline's origin (the earliest date of any
 *     event) up to that report, unless an earlier report says otherwise. Such a period has no
 *     date window of its own.</li>
 * <li><b>Claims.</b> A capture reported only by claims ({@code claimed=true}, the gainer's own
 *     media) shows as {@code contested} with {@code claimed=true} from its date. It turns into
 *     the gainer's control when an independent report (another article, from another outlet when
 *     both outlets are known, not itself a claim) of the same gainer confirms it: from the claim's
 *     own date if that report lies within two days of it, otherwise from the confirming report's
 *     date. A claim by the side that already holds the place changes nothing.</li>
 * <li><b>Disagreement.</b> Two reports of the same place from different articles, dated at most
 *     two days apart, disagree when one says side S took it and the other says the attack was
 *     repelled (another side still holds it) or that another side took it without naming S as
 *     the loser (a retaking "from S" is a sequence, not a disagreement). The later of the two
 *     changes becomes {@code contested}, carrying both reports, and stays so until the next
 *     report of that place. Plain fighting after a capture is not a disagreement: it shows as
 *     fighting (rule 7).</li>
 * <li><b>Fighting decays.</b> Attacks, clashes, sieges and cut roads make a place
 *     {@code contested} from the event date until the next report of that place, or for
 *     {@value Painter#FIGHTING_DECAY_DAYS} days, whichever comes first; control does not move,
 *     and afterwards the holder from before shows again (a period with no date window). A place
 *     with no known holder shows nothing once fighting decays.</li>
 * <li><b>Presence is weak.</b> A presence never overrides a capture or withdrawal of the same
 *     place whose date window overlaps its own (it is dropped if they disagree); otherwise the
 *     present side holds the place from the event date.</li>
 * <li><b>Sub-places follow their parent</b> (the castle, prison and airport of Tadmur): every
 *     change of the parent (and its own parent, transitively) also applies to the sub-place,
 *     except the parent changes dated within two days of a report about the sub-place itself —
 *     there the sub-place's own report speaks. Only places named by some event have a history.</li>
 * </ol>
 * Frames are the dates at which anything changes: every period start and end, and every event date.
 */
public final class Timeline {
    /**
     * What the timeline keeps of one place named by some event, to re-plan it alone later: its
     * readings as resolved (so that new reports resolve again only the steps they can reach).
     */
    private record PlaceState(PlaceRef place, Reconciler.Resolved resolved, LocalDate earliest, LocalDate[] readingDates,
                              LocalDate[] frameDates) {
        List<Step> own() {
            return resolved == null ? List.of() : resolved.steps();
        }
    }

    private final Map<String, String> parentOf;
    private final Actors actors;
    /** Every place named by an event, by id, in id order. */
    private final Map<String, PlaceState> states;
    /** Effective steps (own plus inherited) of named places and of the ancestors between them. */
    private final Map<String, List<Step>> effective;
    /** What is shown of every place: named places' histories with their pins laid over, pinned-only places. */
    private final Map<String, PlaceHistory> histories;
    private final List<PlaceHistory> historyList;
    /** The analysts' pins in force, by place, each place's in the order they were set. */
    private final Map<String, List<Pinned>> pins;
    /** The histories the reports alone make of the pinned places that some event names. */
    private final Map<String, PlaceHistory> reportedOfPinned;
    /** How many places (and pin edges) put a frame on each date. */
    private final TreeMap<LocalDate, Integer> frameCounts;
    private final List<LocalDate> frames;
    /** The earliest date of any report: implied holdings start here. */
    private final LocalDate origin;

    private Timeline(Map<String, String> parentOf, Actors actors, Map<String, PlaceState> states, Map<String, List<Step>> effective,
                     Map<String, PlaceHistory> histories, Map<String, List<Pinned>> pins, Map<String, PlaceHistory> reportedOfPinned,
                     TreeMap<LocalDate, Integer> frameCounts, LocalDate origin) {
        this.parentOf = parentOf;
        this.actors = actors;
        this.states = states;
        this.effective = effective;
        this.histories = histories;
        this.historyList = List.copyOf(histories.values());
        this.pins = pins;
        this.reportedOfPinned = reportedOfPinned;
        this.frameCounts = frameCounts;
        this.frames = List.copyOf(frameCounts.keySet());
        this.origin = origin;
    }

    /** As {@link #build(List, Map, Actors)}, with the parents the gazetteer records (castle → tadmur). */
    public static Timeline build(List<Event> events, Gazetteer gazetteer, Actors actors) {
        return build(events, parents(gazetteer), actors);
    }

    /** place id → the place it belongs to (Tadmur's castle → Tadmur), as the gazetteer records it. */
    public static Map<String, String> parents(Gazetteer gazetteer) {
        Map<String, String> parentOf = new HashMap<>();
        for (Place p : gazetteer.places()) if (p.parentId() != null) parentOf.put(p.id(), p.parentId());
        return parentOf;
    }

    /**
     * @param parentOf place id → id of the place it belongs to (castle → tadmur); places without a
     *                 parent are simply absent
     * @param actors   the profile's actor registry: the side of the loser an event names
     */
    public static Timeline build(List<Event> events, Map<String, String> parentOf, Actors actors) {
        Map<String, List<Event>> byPlace = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.place() != null && e.place().id() != null) byPlace.computeIfAbsent(e.place().id(), k -> new ArrayList<>()).add(e);
        }
        return empty(parentOf, actors).update(byPlace);
    }

    /** A timeline with no events, to be grown by {@link #update}. */
    public static Timeline empty(Map<String, String> parentOf, Actors actors) {
        return new Timeline(Map.copyOf(parentOf), actors, new TreeMap<>(), new HashMap<>(), new TreeMap<>(), Map.of(), Map.of(),
                new TreeMap<>(), null);
    }

    /**
     * This timeline with the events of some places replaced: only those places, and the sub-places
     * that inherit from them, are planned again; every other history is shared with this one. The
     * result is the timeline {@link #build} would give for the whole new set of events, provided
     * each list holds all the events of its place in the order of the whole list (corpus order).
     * Pins in force stay laid over the places planned again.
     *
     * @param changed place id → all its events now (an empty list: the place is no longer named)
     */
    public Timeline update(Map<String, List<Event>> changed) {
        if (changed.isEmpty()) return this;
        TreeMap<String, PlaceState> nextStates = new TreeMap<>(states);
        for (Map.Entry<String, List<Event>> c : changed.entrySet()) {
            List<Event> es = c.getValue();
            if (es.isEmpty()) nextStates.remove(c.getKey());
            else nextStates.put(c.getKey(), reconcile(es, actors, states.get(c.getKey())));
        }
        LocalDate nextOrigin = null;
        for (PlaceState st : nextStates.values()) {
            if (st.earliest() != null && (nextOrigin == null || st.earliest().isBefore(nextOrigin))) nextOrigin = st.earliest();
        }
        // Implied holdings start at the origin, so when it moves every place is painted again
        // (from the steps it has: reconciling does not depend on the origin).
        boolean repaintAll = !java.util.Objects.equals(nextOrigin, origin);
        Map<String, List<Step>> nextEffective = new HashMap<>(effective);
        Set<String> affected = new HashSet<>();
        for (String id : effective.keySet()) if (chainTouches(id, changed.keySet())) affected.add(id);
        nextEffective.keySet().removeAll(affected);
        for (String id : changed.keySet()) nextEffective.remove(id);

        TreeMap<LocalDate, Integer> counts = new TreeMap<>(frameCounts);
        Map<String, PlaceHistory> nextHistories = new TreeMap<>();
        Map<String, PlaceHistory> nextReported = new HashMap<>(reportedOfPinned);
        Map<String, PlaceState> painted = new HashMap<>();
        for (Map.Entry<String, PlaceState> e : nextStates.entrySet()) {
            String id = e.getKey();
            PlaceState st = e.getValue();
            PlaceHistory old = histories.get(id);
            boolean again = repaintAll || old == null || changed.containsKey(id) || chainTouches(id, changed.keySet());
            if (!again) {
                nextHistories.put(id, old);
                continue;
            }
            List<Step> steps = effectiveSteps(id, nextStates, parentOf, nextEffective, new HashSet<>());
            PlaceHistory history = nextOrigin == null ? new PlaceHistory(st.place(), List.of())
                    : Painter.history(st.place(), steps, nextOrigin);
            List<Period> periods = history.periods();
            List<Pinned> placePins = pins.get(id);
            if (placePins == null) {
                nextHistories.put(id, history);
            } else {
                nextReported.put(id, history);
                nextHistories.put(id, pinned(history, placePins));
            }
            PlaceState withFrames = new PlaceState(st.place(), st.resolved(), st.earliest(), st.readingDates(), frameDates(st, periods));
            painted.put(id, withFrames);
        }
        // Pinned places no report names (any longer) keep a history of their pins alone.
        for (Map.Entry<String, List<Pinned>> e : pins.entrySet()) {
            String id = e.getKey();
            if (nextStates.containsKey(id)) continue;
            nextReported.remove(id);
            PlaceHistory old = histories.get(id);
            nextHistories.put(id, states.containsKey(id) || old == null ? pinned(null, e.getValue()) : old);
        }
        // Frames: take away what the old states of places painted again put there, add the new.
        for (Map.Entry<String, PlaceState> e : states.entrySet()) {
            if (painted.containsKey(e.getKey()) || !nextStates.containsKey(e.getKey())) remove(counts, e.getValue().frameDates());
        }
        for (PlaceState st : painted.values()) add(counts, st.frameDates());
        nextStates.putAll(painted);
        return new Timeline(parentOf, actors, nextStates, nextEffective, nextHistories, pins, nextReported, counts, nextOrigin);
    }

    /**
     * This timeline with analysts' pins laid over it: over a pin's dates its place shows the
     * pinned control (with the assessment, no events), whatever the reports say; before and
     * after, the reported periods stand, cut at the pin's edges. Pins are laid in the order
     * given, so a later pin wins where two overlap. A pinned place no report names gets a
     * history of its own. Frames gain the pins' edges.
     *
     * <p>The pins given replace those in force: only the places whose pins differ are laid
     * again, so a pin set or taken off costs the place it concerns, and passing the same pins
     * again returns this timeline.
     */
    public Timeline withPins(List<Pinned> pinList) {
        Map<String, List<Pinned>> next = new LinkedHashMap<>();
        for (Pinned p : pinList) next.computeIfAbsent(p.place().id(), k -> new ArrayList<>()).add(p);
        next.replaceAll((k, v) -> List.copyOf(v));
        if (next.equals(pins)) return this;
        Set<String> differ = new HashSet<>(pins.keySet());
        differ.addAll(next.keySet());
        differ.removeIf(id -> java.util.Objects.equals(pins.get(id), next.get(id)));
        Map<String, PlaceHistory> nextHistories = new TreeMap<>(histories);
        Map<String, PlaceHistory> nextReported = new HashMap<>(reportedOfPinned);
        TreeMap<LocalDate, Integer> counts = new TreeMap<>(frameCounts);
        for (String id : differ) {
            List<Pinned> was = pins.get(id), now = next.get(id);
            // What the reports alone make of the place: null when none names it.
            PlaceHistory reported = was != null ? reportedOfPinned.get(id) : histories.get(id);
            if (was != null) for (Pinned p : was) remove(counts, edges(p));
            if (now == null) {
                nextReported.remove(id);
                if (reported == null) nextHistories.remove(id);
                else nextHistories.put(id, reported);
                continue;
            }
            for (Pinned p : now) add(counts, edges(p));
            if (reported == null) nextReported.remove(id);
            else nextReported.put(id, reported);
            nextHistories.put(id, pinned(reported, now));
        }
        return new Timeline(parentOf, actors, states, effective, nextHistories, Map.copyOf(next), nextReported, counts, origin);
    }

    /** The pins in force, in the order they were given. */
    public List<Pinned> pins() {
        List<Pinned> all = new ArrayList<>();
        for (List<Pinned> ps : pins.values()) all.addAll(ps);
        return all;
    }

    private static LocalDate[] edges(Pinned pin) {
        return pin.until() == null ? new LocalDate[] {pin.from()} : new LocalDate[] {pin.from(), pin.until()};
    }

    /** A place's reported history (null: none) with its pins laid over it, in order. */
    private static PlaceHistory pinned(PlaceHistory reported, List<Pinned> placePins) {
        List<Period> periods = reported == null ? List.of() : reported.periods();
        for (Pinned pin : placePins) {
            List<Period> next = new ArrayList<>(periods.size() + 2);
            for (Period p : periods) {
                // The part before the pin, and the part after it, of each period the pin overlaps.
                if (p.from().isBefore(pin.from())) {
                    LocalDate end = p.to() == null || p.to().isAfter(pin.from()) ? pin.from() : p.to();
                    next.add(end.equals(p.to()) ? p : p.between(p.from(), end));
                }
                if (pin.until() != null && (p.to() == null || p.to().isAfter(pin.until()))) {
                    LocalDate start = p.from().isAfter(pin.until()) ? p.from() : pin.until();
                    next.add(start.equals(p.from()) ? p : p.between(start, p.to()));
                }
            }
            next.add(new Period(pin.from(), pin.until(), pin.control(), false, List.of(), List.of(), null, null,
                    pin.assessment()));
            next.sort(Comparator.comparing(Period::from));
            periods = next;
        }
        return new PlaceHistory(reported == null ? placePins.get(0).place() : reported.place(), periods,
                reported == null ? Map.of() : reported.events());
    }

    /**
     * A place's own steps, from its events alone. With the place as it was before, the events it
     * had keep their readings and only the steps the new or gone readings can reach are resolved
     * again ({@link Reconciler.Resolved#with}); the result is the same as resolving all of them.
     */
    private static PlaceState reconcile(List<Event> events, Actors actors, PlaceState before) {
        Reconciler.Resolved was = before == null ? null : before.resolved();
        Map<Event, Reading> known = new java.util.IdentityHashMap<>();
        if (was != null) for (Reading r : was.readings()) known.put(r.event(), r);
        int nextOrder = was == null ? 0 : was.nextOrder();
        List<Reading> readings = new ArrayList<>();
        LocalDate earliest = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            // Taken out once used: a reading stands in one place of the list only, as its order must be unique.
            Reading r = known.remove(e);
            if (r == null) r = Reading.of(e, was == null ? i : nextOrder++, actors);
            if (r == null) continue;
            readings.add(r);
            if (earliest == null || r.windowMin().isBefore(earliest)) earliest = r.windowMin();
        }
        Reconciler.Resolved resolved = readings.isEmpty() ? null
                : was == null ? Reconciler.Resolved.of(readings) : was.with(readings);
        LocalDate[] dates = readings.stream().map(Reading::date).distinct().sorted().toArray(LocalDate[]::new);
        return new PlaceState(events.get(0).place(), resolved, earliest, dates, dates);
    }

    /** The dates a place puts on the frame list: its reports' dates and its periods' bounds. */
    private static LocalDate[] frameDates(PlaceState st, List<Period> periods) {
        TreeSet<LocalDate> dates = new TreeSet<>(Arrays.asList(st.readingDates()));
        for (Period p : periods) {
            dates.add(p.from());
            if (p.to() != null) dates.add(p.to());
        }
        return dates.toArray(LocalDate[]::new);
    }

    private static void add(TreeMap<LocalDate, Integer> counts, LocalDate[] dates) {
        for (LocalDate d : dates) counts.merge(d, 1, Integer::sum);
    }

    private static void remove(TreeMap<LocalDate, Integer> counts, LocalDate[] dates) {
        for (LocalDate d : dates) counts.computeIfPresent(d, (k, n) -> n == 1 ? null : n - 1);
    }

    /** True when the place or one of its ancestors is among the changed places. */
    private boolean chainTouches(String id, Set<String> changed) {
        Set<String> seen = new HashSet<>();
        for (String at = id; at != null && seen.add(at); at = parentOf.get(at)) {
            if (changed.contains(at)) return true;
        }
        return false;
    }

    /** A place's own steps plus those of its parent chain that its own reports do not cover. */
    private static List<Step> effectiveSteps(String id, Map<String, PlaceState> states, Map<String, String> parentOf,
                                             Map<String, List<Step>> memo, Set<String> visiting) {
        List<Step> known = memo.get(id);
        if (known != null) return known;
        PlaceState st = states.get(id);
        List<Step> mine = st == null ? List.of() : st.own();
        String parent = parentOf.get(id);
        if (parent == null || parent.equals(id) || !visiting.add(id)) return mine;
        List<Step> all = new ArrayList<>(mine);
        // Own steps are sorted by date: the one nearest an inherited step's date is found by bisection.
        LocalDate[] myDates = new LocalDate[mine.size()];
        for (int i = 0; i < myDates.length; i++) myDates[i] = mine.get(i).date();
        for (Step inherited : effectiveSteps(parent, states, parentOf, memo, visiting)) {
            if (!spokenFor(myDates, inherited.date())) all.add(inherited);
        }
        all.sort(Comparator.comparing(Step::date));
        visiting.remove(id);
        List<Step> result = List.copyOf(all);
        memo.put(id, result);
        return result;
    }

    /** True when a date within two days of {@code date} is among the sorted {@code dates}. */
    private static boolean spokenFor(LocalDate[] dates, LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        if (i >= 0) return true;
        int after = -i - 1;
        return (after < dates.length && ChronoUnit.DAYS.between(date, dates[after]) <= Reconciler.SAME_CHANGE_DAYS)
                || (after > 0 && ChronoUnit.DAYS.between(dates[after - 1], date) <= Reconciler.SAME_CHANGE_DAYS);
    }

    /** The sorted dates at which anything changes. */
    public List<LocalDate> frames() {
        return frames;
    }

    /**
     * The earliest date any event may have happened (implied holdings start here), or a pin's
     * start when one lies earlier. Empty with no events and no pins.
     */
    public Optional<LocalDate> origin() {
        LocalDate o = origin;
        for (List<Pinned> ps : pins.values()) {
            for (Pinned p : ps) if (o == null || p.from().isBefore(o)) o = p.from();
        }
        return Optional.ofNullable(o);
    }

    public Optional<PlaceHistory> history(String placeId) {
        return Optional.ofNullable(histories.get(placeId));
    }

    /** Every place named by an event, by id. */
    public List<PlaceHistory> histories() {
        return historyList;
    }

    public Optional<Period> stateAt(String placeId, LocalDate date) {
        PlaceHistory h = histories.get(placeId);
        return h == null ? Optional.empty() : h.at(date);
    }
}
