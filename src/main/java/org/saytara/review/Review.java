package org.saytara.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One entry of the audit trail: an analyst's review of an event, or a pin set on or taken off a
 * place. Entries are only ever added, never changed or removed: the current state of an event or
 * place is the fold of its entries in id order.
 *
 * @param id       assigned by the database, increasing; 0 before it is stored
 * @param eventId  the event reviewed; null for pins
 * @param placeId  the place pinned; for event reviews, the event's place when it was reviewed
 * @param set      what the review changes: the corrected fields, a pin's control and dates, or
 *                 the pin an unpin takes off; null for confirm and reject
 * @param before   the event's reviewable fields (or the pin) before this review; null for a new pin
 * @param after    the same after it; null for a reject and an unpin
 * @param reviewer who: a name from the token file, {@code token} for the single shared token,
 *                 or {@code local} on loopback without a token
 * @param at       when it was stored (UTC, milliseconds)
 * @param note     the analyst's words, or null
 */
public record Review(long id, String eventId, String placeId, ReviewAction action, ObjectNode set,
                     JsonNode before, JsonNode after, String reviewer, Instant at, String note) {
    public Review {
        if (action == null || reviewer == null || at == null) throw new IllegalArgumentException("incomplete review");
        if (action.onEvent() ? eventId == null : placeId == null) {
            throw new IllegalArgumentException(action.code() + " needs " + (action.onEvent() ? "an event" : "a place"));
        }
    }

    public Review withId(long newId) {
        return new Review(newId, eventId, placeId, action, set, before, after, reviewer, at, note);
    }
}
