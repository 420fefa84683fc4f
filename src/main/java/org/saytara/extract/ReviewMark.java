package org.saytara.extract;

import java.time.Instant;

/**
 * What an analyst last said about an event, as the event carries it ({@code review} in the API):
 * the full audit trail is in {@code GET /api/reviews}.
 *
 * @param status {@code confirmed}, {@code rejected} or {@code corrected}
 * @param by     the reviewer's name (from the token file, or {@code local} on loopback)
 * @param at     when, to the millisecond, UTC
 */
public record ReviewMark(String status, String by, Instant at) {
    public ReviewMark {
        if (status == null || by == null || at == null) throw new IllegalArgumentException("incomplete review mark");
    }

    public boolean rejected() {
        return status.equals("rejected");
    }
}
