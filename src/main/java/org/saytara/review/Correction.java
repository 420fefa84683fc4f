package org.saytara.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.json.Json;

/**
 * The fields a {@code correct} review sets ({@code "set"} in the request), checked. Fields left
 * out keep what the extractor read, so a correction made once still applies when a rule change
 * re-reads the rest of the event.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><td>{@code place}</td><td>a gazetteer place id</td></tr>
 *   <tr><td>{@code kind}</td><td>capture, withdrawal, contested or presence</td></tr>
 *   <tr><td>{@code gaining_side}, {@code losing_side}</td><td>a side code of the registry, or null
 *   for "none named"</td></tr>
 *   <tr><td>{@code date}, {@code date_min}, {@code date_max}</td><td>ISO dates; {@code date} alone
 *   makes a one-day window; a window alone keeps the date if it lies inside, else moves it to the
 *   nearest end; {@code date_min ≤ date ≤ date_max}</td></tr>
 *   <tr><td>{@code claimed}</td><td>true or false (false drops {@code claimed_by})</td></tr>
 * </table>
 *
 * <p>A side set on an event becomes its actor (the side's representative in the actor registry)
 * and, for a capture, withdrawal or presence, the side holding the place after it. Setting the kind to {@code contested} makes it plain
 * fighting, with nobody named holding the place.
 */
public final class Correction {
    public static final List<String> FIELDS =
            List.of("place", "kind", "gaining_side", "losing_side", "date", "date_min", "date_max", "claimed");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Set<String> given;
    private final PlaceRef place;
    private final EventKind kind;
    private final Side gaining;
    private final Side losing;
    private final LocalDate date;
    private final LocalDate dateMin;
    private final LocalDate dateMax;
    private final Boolean claimed;
    private final Vocabulary vocabulary;

    private Correction(Vocabulary vocabulary, Set<String> given, PlaceRef place, EventKind kind, Side gaining, Side losing, LocalDate date,
                       LocalDate dateMin, LocalDate dateMax, Boolean claimed) {
        this.vocabulary = vocabulary;
        this.given = Set.copyOf(given);
        this.place = place;
        this.kind = kind;
        this.gaining = gaining;
        this.losing = losing;
        this.date = date;
        this.dateMin = dateMin;
        this.dateMax = dateMax;
        this.claimed = claimed;
    }

    /**
     * Reads and checks a request's {@code set}.
     *
     * @throws ReviewException naming the field, for anything unknown, mistyped or out of order
     */
    public static Correction parse(JsonNode set, Vocabulary vocabulary) {
        return read(set, vocabulary, true);
    }

    /**
     * Reads a stored {@code set} again, on an event read anew: what no longer checks (a place
     * since removed from the gazetteer) is left out rather than failing the whole correction.
     */
    static Correction replay(JsonNode set, Vocabulary vocabulary) {
        return read(set, vocabulary, false);
    }

    private static Correction read(JsonNode set, Vocabulary vocabulary, boolean strict) {
        if (set == null || !set.isObject() || set.isEmpty()) {
            throw new ReviewException("'set' must be an object with at least one of: " + String.join(", ", FIELDS));
        }
        Set<String> given = new LinkedHashSet<>();
        PlaceRef place = null;
        EventKind kind = null;
        Side gaining = null, losing = null;
        LocalDate date = null, min = null, max = null;
        Boolean claimed = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode v = f.getValue();
            try {
                switch (name) {
                    case "place" -> place = vocabulary.place(text(name, v, false))
                            .orElseThrow(() -> new ReviewException("'set.place' is not a place id of the gazetteer"));
                    case "kind" -> kind = kind(text(name, v, false));
                    case "gaining_side" -> gaining = side(name, text(name, v, true), vocabulary);
                    case "losing_side" -> losing = side(name, text(name, v, true), vocabulary);
                    case "date" -> date = date(name, text(name, v, false));
                    case "date_min" -> min = date(name, text(name, v, false));
                    case "date_max" -> max = date(name, text(name, v, false));
                    case "claimed" -> {
                        if (!v.isBoolean()) throw new ReviewException("'set.claimed' must be true or false");
                        claimed = v.booleanValue();
                    }
                    default -> throw new ReviewException("'set' has an unknown field '" + printable(name)
                            + "'; known: " + String.join(", ", FIELDS));
                }
                given.add(name);
            } catch (ReviewException e) {
                if (strict) throw e;
            }
        }
        if (strict) {
            if (min != null && max != null && max.isBefore(min)) {
                throw new ReviewException("'set.date_min' is after 'set.date_max'");
            }
            if (date != null && ((min != null && date.isBefore(min)) || (max != null && date.isAfter(max)))) {
                throw new ReviewException("'set.date' must lie within 'set.date_min' … 'set.date_max'");
            }
        }
        return new Correction(vocabulary, given, place, kind, gaining, losing, date, min, max, claimed);
    }

    /** This correction as stored: the request's fields, checked, in a fixed order. */
    public ObjectNode toJson() {
        ObjectNode n = Json.mapper().createObjectNode();
        if (given.contains("place")) n.put("place", place.id());
        if (given.contains("kind")) n.put("kind", kind.code());
        if (given.contains("gaining_side")) n.put("gaining_side", gaining == null ? null : gaining.code());
        if (given.contains("losing_side")) n.put("losing_side", losing == null ? null : losing.code());
        if (given.contains("date")) n.put("date", date.toString());
        if (given.contains("date_min")) n.put("date_min", dateMin.toString());
        if (given.contains("date_max")) n.put("date_max", dateMax.toString());
        if (given.contains("claimed")) n.put("claimed", claimed);
        return n;
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }

    /**
     * The event as corrected.
     *
     * @throws ReviewException when the corrected dates would be out of order (a window set
     *                         against the event's own date)
     */
    public Event applyTo(Event e) {
        Event out = apply(e);
        if (out.dateMin() != null && out.dateMax() != null && out.dateMax().isBefore(out.dateMin())) {
            throw new ReviewException("the corrected date_min would be after date_max (" + out.dateMin() + " > "
                    + out.dateMax() + "); set both");
        }
        return out;
    }

    /** As {@link #applyTo}, never failing: a window out of order is closed on its start. */
    Event applyLeniently(Event e) {
        Event out = apply(e);
        if (out.dateMin() != null && out.dateMax() != null && out.dateMax().isBefore(out.dateMin())) {
            return withDates(out, out.dateMin(), out.dateMin(), out.dateMin());
        }
        return out;
    }

    private Event apply(Event e) {
        EventKind k = given.contains("kind") ? kind : e.kind();
        PlaceRef p = given.contains("place") ? place : e.place();
        String actorGaining = given.contains("gaining_side") ? vocabulary.actorOf(gaining) : e.actorGaining();
        String actorLosing = given.contains("losing_side") ? vocabulary.actorOf(losing) : e.actorLosing();
        Side after = e.controllerAfter();
        if (given.contains("gaining_side") || given.contains("kind")) {
            if (k == EventKind.CONTESTED) {
                // Fighting names a holder only when an attack was repelled; a new kind drops it.
                after = e.kind() == EventKind.CONTESTED ? e.controllerAfter() : null;
            } else {
                after = given.contains("gaining_side") ? gaining
                        : e.controllerAfter() != null ? e.controllerAfter() : vocabulary.actors().sideOf(e.actorGaining());
            }
        }
        boolean isClaimed = given.contains("claimed") ? claimed : e.claimed();
        String claimedBy = isClaimed ? e.claimedBy() : null;
        Event out = new Event(e.id(), e.article(), k, p, actorGaining, actorLosing, after, isClaimed, claimedBy,
                e.date(), e.dateMin(), e.dateMax(), e.datePrecision(), e.dateText(), e.evidence(), e.evidenceSpan(),
                e.placeSpan(), e.outlet(), e.confidence(), e.review());
        if (!given.contains("date") && !given.contains("date_min") && !given.contains("date_max")) return out;
        LocalDate min, max, best;
        if (given.contains("date") && !given.contains("date_min") && !given.contains("date_max")) {
            min = max = best = date;
        } else {
            min = given.contains("date_min") ? dateMin : e.dateMin();
            max = given.contains("date_max") ? dateMax : e.dateMax();
            best = given.contains("date") ? date : e.date();
            if (min == null) min = best != null ? best : max;
            if (max == null) max = best != null ? best : min;
            if (best == null || best.isBefore(min)) best = min;
            if (best.isAfter(max)) best = max;
        }
        return withDates(out, best, min, max);
    }

    private static Event withDates(Event e, LocalDate best, LocalDate min, LocalDate max) {
        return new Event(e.id(), e.article(), e.kind(), e.place(), e.actorGaining(), e.actorLosing(), e.controllerAfter(),
                e.claimed(), e.claimedBy(), best, min, max, precision(min, max), e.dateText(), e.evidence(),
                e.evidenceSpan(), e.placeSpan(), e.outlet(), e.confidence(), e.review());
    }

    /** How exact an analyst's window is, by its width. */
    static DatePrecision precision(LocalDate min, LocalDate max) {
        long days = ChronoUnit.DAYS.between(min, max);
        if (days <= 0) return DatePrecision.DAY;
        if (days <= 7) return DatePrecision.WEEK;
        if (days <= 31) return DatePrecision.MONTH;
        return DatePrecision.YEAR;
    }

    private static String text(String name, JsonNode v, boolean nullable) {
        if (v == null || v.isNull()) {
            if (nullable) return null;
            throw new ReviewException("'set." + name + "' must not be null");
        }
        if (!v.isTextual() || v.asText().isBlank()) throw new ReviewException("'set." + name + "' must be a string");
        return v.asText().trim();
    }

    private static EventKind kind(String code) {
        try {
            return EventKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new ReviewException("'set.kind' must be one of capture, withdrawal, contested, presence");
        }
    }

    private static Side side(String name, String code, Vocabulary vocabulary) {
        if (code == null) return null;
        return vocabulary.side(code).orElseThrow(() -> new ReviewException(
                "'set." + name + "' is not a side code of the side registry (or null for none)"));
    }

    static LocalDate date(String name, String value) {
        if (value == null || !DATE.matcher(value).matches()) {
            throw new ReviewException("'set." + name + "' must be a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ReviewException("'set." + name + "' is not a real calendar date");
        }
    }

    static String printable(String s) {
        String p = s.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
        return p.length() <= 40 ? p : p.substring(0, 40) + "…";
    }
}
