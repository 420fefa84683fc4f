package org.saytara.timeline;

import java.time.Instant;

/**
 * An analyst's word on who held a place for a period, which stands over what the reports say
 * there (a pin, {@code POST /api/places/{id}/pins}).
 *
 * @param pinId the id of the review that set the pin, to find it in the audit trail
 * @param by    the reviewer
 * @param at    when it was set
 * @param note  the analyst's reason, or null
 */
public record Assessment(long pinId, String by, Instant at, String note) {}
