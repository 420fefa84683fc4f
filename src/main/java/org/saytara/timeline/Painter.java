package org.saytara.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.saytara.extract.Event;
import org.saytara.extract.Side;
import org.saytara.timeline.Step.Verdict;

/**
 * Lays a place's steps out as periods: a durable layer of holders, with fighting painted on top of
 * it for a limited time. See {@link Timeline} for the rules.
 */
final class Painter {
    /** Days a report of fighting keeps a place contested when nothing else is reported about it. */
    static final int FIGHTING_DECAY_DAYS = 7;

    private record State(Control control, boolean claimed) {}

    /**
     * Events in the order first added, each once. Told apart by identity, not by equality: a
     * long dispute adds the same thousands of events once per day, and hashing whole events
     * each time made re-planning a much-reported place take seconds. Equal events have equal
     * ids, and periods keep each id once, so what is painted is the same.
     */
    private static final class EventSet implements Iterable<Event> {
        private final List<Event> list = new ArrayList<>();
        private final Set<Event> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Steps all of whose readings' events are here. */
        private final Set<Step> steps = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        EventSet() {}

        EventSet(EventSet other) {
            addAll(other);
        }

        void add(Event e) {
            if (seen.add(e)) list.add(e);
        }

        void addAll(Iterable<Event> events) {
            for (Event e : events) add(e);
        }

        /**
         * Adds a step's events. When every step it took readings from is held in full here
         * already (a dispute running on from day to day in one segment), only its own readings
         * can be new: the thousands it carried on are skipped unread, and the set stays the same.
         */
        void addReadings(Step step) {
            boolean sourcesHeld = !step.sources().isEmpty();
            for (Step source : step.sources()) {
                if (!steps.contains(source)) {
                    sourcesHeld = false;
                    break;
                }
            }
            for (Reading r : sourcesHeld ? step.ownReadings() : step.readings()) add(r.event());
            steps.add(step);
        }

        @Override
        public java.util.Iterator<Event> iterator() {
            return list.iterator();
        }
    }

    /** A stretch of one state, with the reports behind it; {@code to} null = open-ended. */
    private static final class Segment {
        final LocalDate from;
        LocalDate to;
        final State state;
        final EventSet events = new EventSet();
        final LocalDate windowMin, windowMax;

        Segment(LocalDate from, LocalDate to, State state, List<Event> events, LocalDate windowMin, LocalDate windowMax) {
            this.from = from;
            this.to = to;
            this.state = state;
            this.events.addAll(events);
            this.windowMin = windowMin;
            this.windowMax = windowMax;
        }

        /** A segment opened by a step, with all of the step's events. */
        Segment(LocalDate to, State state, Step step) {
            this.from = step.date();
            this.to = to;
            this.state = state;
            this.events.addReadings(step);
            this.windowMin = step.windowMin();
            this.windowMax = step.windowMax();
        }

        boolean covers(LocalDate d) {
            return !d.isBefore(from) && (to == null || d.isBefore(to));
        }
    }

    private final LocalDate origin;
    private final List<Segment> base = new ArrayList<>();
    private final List<Segment> fighting = new ArrayList<>();

    private Painter(LocalDate origin) {
        this.origin = origin;
    }

    /** Steps must be sorted by date, one per date. */
    static List<Period> paint(List<Step> steps, LocalDate origin) {
        return painter(steps, origin).periods();
    }

    /** The periods and, by id, the events behind them. */
    static PlaceHistory history(org.saytara.extract.PlaceRef place, List<Step> steps, LocalDate origin) {
        Painter p = painter(steps, origin);
        List<Period> periods = p.periods();
        java.util.Map<String, Event> byId = new java.util.HashMap<>();
        for (Segment s : p.base) for (Event e : s.events) byId.putIfAbsent(e.id(), e);
        for (Segment s : p.fighting) for (Event e : s.events) byId.putIfAbsent(e.id(), e);
        return new PlaceHistory(place, periods, byId);
    }

    private static Painter painter(List<Step> steps, LocalDate origin) {
        Painter p = new Painter(origin);
        for (int i = 0; i < steps.size(); i++) {
            LocalDate next = i + 1 < steps.size() ? steps.get(i + 1).date() : null;
            p.apply(steps.get(i), next);
        }
        return p;
    }

    private void apply(Step step, LocalDate nextStep) {
        if (step.prior() != null && base.isEmpty() && origin.isBefore(step.date())) {
            List<Event> naming = step.readings().stream()
                    .filter(r -> Objects.equals(r.prior(), step.prior())).map(Reading::event).toList();
            base.add(new Segment(origin, null, held(step.prior()), naming, null, null));
        }
        switch (step.verdict()) {
            case HOLD, PRESENT -> hold(step, held(step.side()));
            case CLAIM -> {
                if (!currentIs(held(step.side()))) hold(step, new State(Control.CONTESTED, true));
                else last().events.addReadings(step);
            }
            case DISPUTED, VACATED -> hold(step, new State(Control.CONTESTED, false));
            case REPELLED -> {
                hold(step, held(step.side()));
                fight(step, nextStep);
            }
            case FIGHTING -> fight(step, nextStep);
        }
    }

    private void hold(Step step, State state) {
        if (currentIs(state)) {
            last().events.addReadings(step);
            return;
        }
        if (!base.isEmpty()) last().to = step.date();
        base.add(new Segment(null, state, step));
    }

    private void fight(Step step, LocalDate nextStep) {
        LocalDate end = step.date().plusDays(FIGHTING_DECAY_DAYS);
        if (nextStep != null && nextStep.isBefore(end)) end = nextStep;
        fighting.add(new Segment(end, new State(Control.CONTESTED, false), step));
    }

    private boolean currentIs(State s) {
        return !base.isEmpty() && last().state.equals(s);
    }

    private Segment last() {
        return base.get(base.size() - 1);
    }

    private static State held(Side side) {
        return new State(Control.of(side), false);
    }

    /** Fighting wins where it lies over the base layer; equal neighbours merge into one period. */
    private List<Period> periods() {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (Segment s : base) {
            cuts.add(s.from);
            if (s.to != null) cuts.add(s.to);
        }
        for (Segment s : fighting) {
            cuts.add(s.from);
            cuts.add(s.to);
        }
        boolean openEnded = !base.isEmpty() && last().to == null;
        List<Period> out = new ArrayList<>();
        Segment runSource = null;
        LocalDate runFrom = null;
        EventSet runEvents = new EventSet();
        Set<Segment> runSegments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        State runState = null;
        List<LocalDate> points = new ArrayList<>(cuts);
        for (int i = 0; i < points.size(); i++) {
            LocalDate from = points.get(i);
            LocalDate to = i + 1 < points.size() ? points.get(i + 1) : null;
            if (to == null && !openEnded) break;
            Segment src = coverAt(from);
            if (src != null && runState != null && src.state.equals(runState)) {
                // A segment cut into many pieces by fighting would add its events once per piece.
                if (runSegments.add(src)) runEvents.addAll(src.events);
                continue;
            }
            if (runState != null) out.add(period(runFrom, from, runState, runEvents, runSource));
            if (src == null) {
                runState = null;
                continue;
            }
            runSource = src;
            runFrom = from;
            runState = src.state;
            runEvents = new EventSet(src.events);
            runSegments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            runSegments.add(src);
        }
        if (runState != null) out.add(period(runFrom, openEnded ? null : points.get(points.size() - 1), runState, runEvents, runSource));
        return out;
    }

    /**
     * The fighting segment over the date, else the base one. Segments of each layer never overlap
     * and are kept in date order (fighting ends at the next step at the latest; a base segment at
     * the next base one), so the only candidate in each is the last one starting on or before it.
     */
    private Segment coverAt(LocalDate d) {
        Segment f = lastStartingBy(fighting, d);
        if (f != null && f.covers(d)) return f;
        Segment b = lastStartingBy(base, d);
        return b != null && b.covers(d) ? b : null;
    }

    private static Segment lastStartingBy(List<Segment> segments, LocalDate d) {
        int lo = 0, hi = segments.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!segments.get(mid).from.isAfter(d)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : segments.get(found);
    }

    private static Period period(LocalDate from, LocalDate to, State st, EventSet events, Segment opener) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (Event e : events) {
            ids.add(e.id());
            if (e.outlet() != null) outlets.add(e.outlet());
        }
        boolean opened = Objects.equals(opener.from, from);
        return new Period(from, to, st.control(), st.claimed(), List.copyOf(ids), List.copyOf(outlets),
                opened ? opener.windowMin : null, opened ? opener.windowMax : null);
    }
}
