package org.saytara.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.ReviewMark;
import org.saytara.timeline.Assessment;
import org.saytara.timeline.Control;
import org.saytara.timeline.Pinned;

/**
 * Every review recorded, and what they make of the extractor's events. Immutable: a new review
 * gives a new {@code Reviews}.
 *
 * <h2>How reviews apply</h2>
 * <ul>
 *   <li>The reviews of an event apply in the order they were made. A correction sets its fields
 *       over the event as read (later corrections over earlier ones); a reject takes the event out
 *       of the timeline, the layers and the lists; a later confirm or correction brings it back.
 *       The event carries the last review's status, reviewer and time ({@link ReviewMark}).</li>
 *   <li>Reviews are kept by event id, which is stable across runs ({@code EventIds}), so they
 *       apply again after a restart or a re-extraction. A review whose event is no longer
 *       extracted is kept, and listed as orphaned; it applies again if the event comes back.</li>
 *   <li>A pin stands until a later {@code unpin} takes it off. Pins apply in the order they were
 *       set, so a later pin wins where two overlap.</li>
 * </ul>
 */
public final class Reviews {
    public static final Reviews NONE = new Reviews(List.of());
    /** Longest note kept; a note is a reason, not an essay. */
    public static final int MAX_NOTE_CHARS = 2000;

    private final List<Review> all;
    private final Map<String, List<Review>> byEvent;
    private final Map<Long, Pin> activePins;

    private Reviews(List<Review> reviews) {
        this.all = List.copyOf(reviews);
        Map<String, List<Review>> events = new HashMap<>();
        Map<Long, Pin> pins = new LinkedHashMap<>();
        for (Review r : all) {
            switch (r.action()) {
                case CONFIRM, REJECT, CORRECT -> events.computeIfAbsent(r.eventId(), k -> new ArrayList<>()).add(r);
                case PIN -> pins.put(r.id(), Pin.of(r));
                case UNPIN -> pins.remove(r.set().path("pin").asLong());
            }
        }
        events.replaceAll((k, v) -> List.copyOf(v));
        this.byEvent = Collections.unmodifiableMap(events);
        this.activePins = Collections.unmodifiableMap(pins);
    }

    /** @param reviews in id order, as the database returns them */
    public static Reviews of(List<Review> reviews) {
        return reviews.isEmpty() ? NONE : new Reviews(reviews);
    }

    public Reviews plus(Review review) {
        List<Review> more = new ArrayList<>(all);
        more.add(review);
        return new Reviews(more);
    }

    /** The whole audit trail, oldest first. */
    public List<Review> all() {
        return all;
    }

    public List<Review> ofEvent(String eventId) {
        return byEvent.getOrDefault(eventId, List.of());
    }

    /** Pins in force, oldest first. */
    public List<Pin> pins() {
        return List.copyOf(activePins.values());
    }

    public Optional<Pin> pin(long id) {
        return Optional.ofNullable(activePins.get(id));
    }

    /** The extractor's events as reviewed. */
    public record Applied(List<Event> shown, List<Event> rejected) {
        public Applied {
            shown = List.copyOf(shown);
            rejected = List.copyOf(rejected);
        }

        /** Every event, the rejected ones included, in the extractor's order. */
        public List<Event> all(List<Event> extracted) {
            Map<String, Event> byId = new HashMap<>();
            for (Event e : shown) byId.put(e.id(), e);
            for (Event e : rejected) byId.put(e.id(), e);
            return extracted.stream().map(e -> byId.getOrDefault(e.id(), e)).toList();
        }
    }

    /**
     * Applies the reviews to the extractor's events: the one step every consumer (timeline,
     * layers, API, downloads, OGC collections) reads through.
     */
    public Applied apply(List<Event> extracted, Vocabulary vocabulary) {
        if (byEvent.isEmpty()) return new Applied(extracted, List.of());
        List<Event> shown = new ArrayList<>(extracted.size());
        List<Event> rejected = new ArrayList<>();
        for (Event e : extracted) {
            List<Review> rs = byEvent.get(e.id());
            if (rs == null) {
                shown.add(e);
                continue;
            }
            Event reviewed = fold(e, rs, vocabulary);
            if (reviewed.review().rejected()) rejected.add(reviewed);
            else shown.add(reviewed);
        }
        return new Applied(shown, rejected);
    }

    /** One event as reviewed (corrected, marked), or the same event when nobody has reviewed it. */
    public Event reviewed(Event e, Vocabulary vocabulary) {
        List<Review> rs = byEvent.get(e.id());
        return rs == null ? e : fold(e, rs, vocabulary);
    }

    private static Event fold(Event e, List<Review> reviews, Vocabulary vocabulary) {
        Event state = e;
        Review last = null;
        for (Review r : reviews) {
            if (r.action() == ReviewAction.CORRECT) state = Correction.replay(r.set(), vocabulary).applyLeniently(state);
            last = r;
        }
        return state.withReview(new ReviewMark(last.action().status(), last.reviewer(), last.at()));
    }

    /** The pins in force as the timeline lays them; a pin whose place or side is gone is left out. */
    public List<Pinned> pinned(Vocabulary vocabulary) {
        List<Pinned> out = new ArrayList<>();
        for (Pin p : activePins.values()) {
            Optional<PlaceRef> place = vocabulary.place(p.placeId());
            if (place.isEmpty()) continue;
            Control control;
            if (p.control().equals(Pin.CONTESTED)) control = Control.CONTESTED;
            else {
                var side = vocabulary.side(p.control());
                if (side.isEmpty()) continue;
                control = Control.of(side.get());
            }
            out.add(new Pinned(place.get(), control, p.from(), p.to() == null ? null : p.to().plusDays(1),
                    new Assessment(p.id(), p.by(), p.at(), p.note())));
        }
        return out;
    }

    // --- Making new reviews (not yet stored: the database gives them their ids) -------------------

    /**
     * A review of an event as it stands now (with earlier reviews applied).
     *
     * @throws ReviewException for a bad action, a {@code set} where none belongs or a bad one, a bad note
     */
    public static Review review(Event current, String action, JsonNode set, String note, String reviewer,
                                Vocabulary vocabulary) {
        ReviewAction a = ReviewAction.fromCode(action);
        if (a == null || !a.onEvent()) throw new ReviewException("'action' must be confirm, reject or correct");
        ObjectNode before = ReviewedFields.of(current, vocabulary);
        ObjectNode stored = null;
        ObjectNode after;
        switch (a) {
            case CONFIRM -> {
                noSet(set, a);
                after = before.deepCopy();
            }
            case REJECT -> {
                noSet(set, a);
                after = null;
            }
            default -> {
                if (set == null || set.isNull()) throw new ReviewException("'correct' needs 'set' with the corrected fields");
                Correction c = Correction.parse(set, vocabulary);
                stored = c.toJson();
                after = ReviewedFields.of(c.applyTo(current), vocabulary);
            }
        }
        return new Review(0, current.id(), current.place() == null ? null : current.place().id(), a, stored, before,
                after, reviewer, now(), note(note));
    }

    /** Pins a place's control for a period. */
    public static Review pin(PlaceRef place, JsonNode body, String reviewer, Vocabulary vocabulary) {
        ObjectNode set = Pin.parse(body, vocabulary);
        JsonNode note = body.get("note");
        if (note != null && !note.isNull() && !note.isTextual()) throw new ReviewException("'note' must be a string");
        ObjectNode after = set.deepCopy();
        after.put("place", place.id());
        return new Review(0, null, place.id(), ReviewAction.PIN, set, null, after, reviewer, now(),
                note(note == null || note.isNull() ? null : note.asText()));
    }

    /** Takes a pin off. */
    public static Review unpin(Pin pin, String note, String reviewer) {
        ObjectNode set = org.saytara.json.Json.mapper().createObjectNode();
        set.put("pin", pin.id());
        return new Review(0, null, pin.placeId(), ReviewAction.UNPIN, set, pin.toJson(), null, reviewer, now(), note(note));
    }

    /** A pin's JSON as the audit trail and the place's pin list show it. */
    public static ObjectNode describe(Pin pin) {
        ObjectNode n = pin.toJson();
        n.put("by", pin.by());
        n.put("at", pin.at().toString());
        n.put("note", pin.note());
        return n;
    }

    private static void noSet(JsonNode set, ReviewAction a) {
        if (set != null && !set.isNull()) throw new ReviewException("'set' belongs only to 'correct', not to '" + a.code() + "'");
    }

    /** Stored to the millisecond, as both databases keep it. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A note stripped, at most {@value #MAX_NOTE_CHARS} characters, no control characters but line breaks and tabs. */
    static String note(String note) {
        if (note == null || note.isBlank()) return null;
        String n = note.strip().replace("\r\n", "\n");
        if (n.length() > MAX_NOTE_CHARS) throw new ReviewException("'note' is longer than " + MAX_NOTE_CHARS + " characters");
        if (n.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new ReviewException("'note' contains control characters");
        }
        return n;
    }
}
