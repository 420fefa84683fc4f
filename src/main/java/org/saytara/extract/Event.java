package org.saytara.extract;

import java.time.LocalDate;

/**
 * One control-change statement: who did what to which place, when, and the sentence that says so.
 *
 * @param id              stable across runs: article id + hash of evidence span and place ({@link EventIds})
 * @param actorGaining    who takes the place: an actor id of the profile's registry ({@code isis},
 *                        {@code regime}, {@code turkey} …), or the name of a faction the registry
 *                        does not list, as the article writes it; null when nobody is named
 * @param actorLosing     who loses it, the same way, or null
 * @param controllerAfter the side that holds the place after the event, always a side of the
 *                        profile; null when the article does not say (a withdrawal with no named
 *                        gainer, a contested place, a gainer of no known side)
 * @param claimed         true when only the gainer's own media report the capture
 * @param claimedBy       that media outlet (e.g. {@code وكالة أعماق}), or null
 * @param date            best single date; within {@code [dateMin, dateMax]}
 * @param dateText        the words the date was read from, or null when it falls back to publication
 * @param evidence        the exact sentence, as written in the article
 * @param evidenceSpan    where that sentence lies in the article text
 * @param placeSpan       where the place name lies in the article text
 * @param outlet          the article's outlet, or null when unknown
 * @param confidence      0..1, how sure the extractor is
 * @param review          an analyst's last word on it, or null while nobody has reviewed it; the
 *                        other fields are then as corrected (org.saytara.review applies reviews)
 */
public record Event(String id, String article, EventKind kind, PlaceRef place,
                    String actorGaining, String actorLosing, Side controllerAfter,
                    boolean claimed, String claimedBy,
                    LocalDate date, LocalDate dateMin, LocalDate dateMax,
                    DatePrecision datePrecision, String dateText,
                    String evidence, Span evidenceSpan, Span placeSpan,
                    String outlet, double confidence, ReviewMark review) {

    /** An event as the extractor reads it: not reviewed. */
    public Event(String id, String article, EventKind kind, PlaceRef place,
                 String actorGaining, String actorLosing, Side controllerAfter,
                 boolean claimed, String claimedBy,
                 LocalDate date, LocalDate dateMin, LocalDate dateMax,
                 DatePrecision datePrecision, String dateText,
                 String evidence, Span evidenceSpan, Span placeSpan,
                 String outlet, double confidence) {
        this(id, article, kind, place, actorGaining, actorLosing, controllerAfter, claimed, claimedBy, date, dateMin,
                dateMax, datePrecision, dateText, evidence, evidenceSpan, placeSpan, outlet, confidence, null);
    }

    public Event withId(String newId) {
        return new Event(newId, article, kind, place, actorGaining, actorLosing, controllerAfter, claimed, claimedBy,
                date, dateMin, dateMax, datePrecision, dateText, evidence, evidenceSpan, placeSpan, outlet, confidence,
                review);
    }

    public Event withReview(ReviewMark mark) {
        return new Event(id, article, kind, place, actorGaining, actorLosing, controllerAfter, claimed, claimedBy,
                date, dateMin, dateMax, datePrecision, dateText, evidence, evidenceSpan, placeSpan, outlet, confidence,
                mark);
    }
}
