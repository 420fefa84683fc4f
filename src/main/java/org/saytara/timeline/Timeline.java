package org.saytara.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    private final Map<String, PlaceHistory> histories;
    private final List<PlaceHistory> historyList;
    private final List<LocalDate> frames;
    private final LocalDate origin;

    private Timeline(Map<String, PlaceHistory> histories, List<LocalDate> frames, LocalDate origin) {
        this.histories = histories;
        this.historyList = List.copyOf(histories.values());
        this.frames = frames;
        this.origin = origin;
    }

    /** As {@link #build(List, Map, Actors)}, with the parents the gazetteer records (castle → tadmur). */
    public static Timeline build(List<Event> events, Gazetteer gazetteer, Actors actors) {
        Map<String, String> parentOf = new HashMap<>();
        for (Place p : gazetteer.places()) if (p.parentId() != null) parentOf.put(p.id(), p.parentId());
        return build(events, parentOf, actors);
    }

    /**
     * @param parentOf place id → id of the place it belongs to (castle → tadmur); places without a
     *                 parent are simply absent
     * @param actors   the profile's actor registry: the side of the loser an event names
     */
    public static Timeline build(List<Event> events, Map<String, String> parentOf, Actors actors) {
        Map<String, PlaceRef> places = new TreeMap<>();
        Map<String, List<Reading>> readings = new HashMap<>();
        LocalDate origin = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Reading r = Reading.of(e, i, actors);
            if (e.place() != null && e.place().id() != null) places.putIfAbsent(e.place().id(), e.place());
            if (r == null) continue;
            readings.computeIfAbsent(e.place().id(), k -> new ArrayList<>()).add(r);
            if (origin == null || r.windowMin().isBefore(origin)) origin = r.windowMin();
        }
        Map<String, List<Step>> own = new HashMap<>();
        readings.forEach((id, rs) -> own.put(id, Reconciler.resolve(rs)));

        Map<String, List<Step>> effective = new HashMap<>();
        Map<String, PlaceHistory> histories = new LinkedHashMap<>();
        TreeSet<LocalDate> frames = new TreeSet<>();
        for (PlaceRef place : places.values()) {
            List<Step> steps = effectiveSteps(place.id(), own, parentOf, effective, new HashSet<>());
            List<Period> periods = origin == null ? List.of() : Painter.paint(steps, origin);
            histories.put(place.id(), new PlaceHistory(place, periods));
            for (Period p : periods) {
                frames.add(p.from());
                if (p.to() != null) frames.add(p.to());
            }
        }
        readings.values().forEach(rs -> rs.forEach(r -> frames.add(r.date())));
        return new Timeline(Collections.unmodifiableMap(histories), List.copyOf(frames), origin);
    }

    /**
     * This timeline with analysts' pins laid over it: over a pin's dates its place shows the
     * pinned control (with the assessment, no events), whatever the reports say; before and
     * after, the reported periods stand, cut at the pin's edges. Pins are laid in the order
     * given, so a later pin wins where two overlap. A pinned place no report names gets a
     * history of its own. Frames gain the pins' edges.
     */
    public Timeline withPins(List<Pinned> pins) {
        if (pins.isEmpty()) return this;
        Map<String, PlaceHistory> out = new LinkedHashMap<>(histories);
        TreeSet<LocalDate> allFrames = new TreeSet<>(frames);
        LocalDate newOrigin = origin;
        for (Pinned pin : pins) {
            PlaceHistory h = out.get(pin.place().id());
            List<Period> periods = h == null ? List.of() : h.periods();
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
            out.put(pin.place().id(), new PlaceHistory(h == null ? pin.place() : h.place(), next));
            allFrames.add(pin.from());
            if (pin.until() != null) allFrames.add(pin.until());
            if (newOrigin == null || pin.from().isBefore(newOrigin)) newOrigin = pin.from();
        }
        return new Timeline(Collections.unmodifiableMap(out), List.copyOf(allFrames), newOrigin);
    }

    /** A place's own steps plus those of its parent chain that its own reports do not cover. */
    private static List<Step> effectiveSteps(String id, Map<String, List<Step>> own, Map<String, String> parentOf,
                                             Map<String, List<Step>> memo, Set<String> visiting) {
        List<Step> known = memo.get(id);
        if (known != null) return known;
        List<Step> mine = own.getOrDefault(id, List.of());
        String parent = parentOf.get(id);
        if (parent == null || parent.equals(id) || !visiting.add(id)) return mine;
        List<Step> all = new ArrayList<>(mine);
        for (Step inherited : effectiveSteps(parent, own, parentOf, memo, visiting)) {
            boolean spokenFor = mine.stream().anyMatch(m ->
                    Math.abs(ChronoUnit.DAYS.between(m.date(), inherited.date())) <= Reconciler.SAME_CHANGE_DAYS);
            if (!spokenFor) all.add(inherited);
        }
        all.sort(Comparator.comparing(Step::date));
        visiting.remove(id);
        List<Step> result = List.copyOf(all);
        memo.put(id, result);
        return result;
    }

    /** The sorted dates at which anything changes. */
    public List<LocalDate> frames() {
        return frames;
    }

    /** The earliest date any event may have happened; implied holdings start here. Empty with no events. */
    public Optional<LocalDate> origin() {
        return Optional.ofNullable(origin);
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
