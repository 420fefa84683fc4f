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
 * <li><b>Reading an event.</b> Actors map to sides (Russia, Iran and loyal militias are the
 *     government side). A capture gives the place to {@code controller_after}, else to the side of
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

    /** As {@link #build(List, Map)}, with the parents the gazetteer records (castle → tadmur). */
    public static Timeline build(List<Event> events, Gazetteer gazetteer) {
        Map<String, String> parentOf = new HashMap<>();
        for (Place p : gazetteer.places()) if (p.parentId() != null) parentOf.put(p.id(), p.parentId());
        return build(events, parentOf);
    }

    /**
     * @param parentOf place id → id of the place it belongs to (castle → tadmur); places without a
     *                 parent are simply absent
     */
    public static Timeline build(List<Event> events, Map<String, String> parentOf) {
        Map<String, PlaceRef> places = new TreeMap<>();
        Map<String, List<Reading>> readings = new HashMap<>();
        LocalDate origin = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Reading r = Reading.of(e, i);
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

    /** A place's own steps plus those of its parent chain that its own reports do not cover. */
    private static List<Step> effectiveSteps(String id, Map<String, List<Step>> own, Map<String, String> parentOf,
                                             Map<String, List<Step>> memo, Set<String> visiting) {
        List<Step> known = memo.get(id);
        if (known != null) return known;
        List<Step> mine = own.getOrDefault(id, List.of());
        String parent = parentOf.get(id);
        if (parent == null || parent.equals(id) || !visiting.add(id)) return mine;
        List<Step> all = new ArrayList<>(mine);
        // Own steps are sorted by date: the one nearest an inherited step's date is found by bisection.
        LocalDate[] myDates = new LocalDate[mine.size()];
        for (int i = 0; i < myDates.length; i++) myDates[i] = mine.get(i).date();
        for (Step inherited : effectiveSteps(parent, own, parentOf, memo, visiting)) {
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
