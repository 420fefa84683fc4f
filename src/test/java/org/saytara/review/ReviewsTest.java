package org.saytara.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.timeline.Events.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Actors;
import org.saytara.extract.Side;
import org.saytara.extract.SyriaSides;
import org.saytara.json.Json;
import org.saytara.timeline.Control;
import org.saytara.timeline.Events;
import org.saytara.timeline.Period;
import org.saytara.timeline.Timeline;

/** How reviews fold onto the extractor's events, one rule per test. */
class ReviewsTest {
    private static final Vocabulary VOCABULARY = new Vocabulary() {
        private final Map<String, PlaceRef> places = Map.of("tadmur", Events.TADMUR, "t4", Events.T4, "sukhnah", Events.SUKHNAH);

        @Override
        public Optional<PlaceRef> place(String id) {
            return Optional.ofNullable(places.get(id));
        }

        @Override
        public Optional<Side> side(String code) {
            return SyriaSides.SYRIA.sides().byCode(code);
        }

        @Override
        public Actors actors() {
            return SyriaSides.SYRIA.actors();
        }
    };

    private static final Event CAPTURE = event("a1-0000aaaa").captured("isis", "regime").on("2016-12-11").build();
    private static final Event FIGHT = event("a1-0000bbbb").kind(EventKind.CONTESTED).place(Events.T4).on("2016-12-12").build();

    private long nextId = 1;
    private final List<Review> trail = new ArrayList<>();

    private static JsonNode json(String s) {
        try {
            return Json.mapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Reviews an event as it stands after the trail so far, and records it. */
    private Review review(Event extracted, String action, String set, String note) {
        Event current = reviews().apply(List.of(extracted), VOCABULARY).all(List.of(extracted)).get(0);
        Review r = Reviews.review(current, action, set == null ? null : json(set), note, "lina", VOCABULARY).withId(nextId++);
        trail.add(r);
        return r;
    }

    private Reviews reviews() {
        return Reviews.of(trail);
    }

    private Event reviewed(Event e) {
        return reviews().apply(List.of(e), VOCABULARY).all(List.of(e)).get(0);
    }

    @Test
    void confirmMarksTheEventAndChangesNothingElse() {
        Review r = review(CAPTURE, "confirm", null, "  seen on two outlets ");
        assertEquals("seen on two outlets", r.note());
        assertEquals(r.before(), r.after());
        Event e = reviewed(CAPTURE);
        assertEquals("confirmed", e.review().status());
        assertEquals("lina", e.review().by());
        assertEquals(CAPTURE.withReview(e.review()), e);
    }

    @Test
    void rejectTakesTheEventOutAndALaterConfirmBringsItBack() {
        review(CAPTURE, "reject", null, null);
        Reviews.Applied applied = reviews().apply(List.of(CAPTURE, FIGHT), VOCABULARY);
        assertEquals(List.of(FIGHT), applied.shown());
        assertEquals("rejected", applied.rejected().get(0).review().status());
        assertNull(trail.get(0).after(), "a reject leaves nothing after it");
        review(CAPTURE, "confirm", null, "rejected by mistake");
        assertEquals(2, reviews().apply(List.of(CAPTURE, FIGHT), VOCABULARY).shown().size());
    }

    @Test
    void correctionSetsItsFieldsAndKeepsTheRest() {
        Review r = review(CAPTURE, "correct", "{\"gaining_side\":\"government\",\"losing_side\":\"isis\",\"place\":\"sukhnah\"}", null);
        assertEquals("isis", r.before().path("gaining_side").asText());
        assertEquals("government", r.after().path("gaining_side").asText());
        assertEquals("sukhnah", r.after().path("place").asText());
        Event e = reviewed(CAPTURE);
        assertEquals("corrected", e.review().status());
        assertEquals(SyriaSides.GOVERNMENT, e.controllerAfter());
        // The side's representative actor in the registry stands for it.
        assertEquals(SyriaSides.GOVERNMENT, SyriaSides.SYRIA.actors().sideOf(e.actorGaining()));
        assertEquals(SyriaSides.ISIS, SyriaSides.SYRIA.actors().sideOf(e.actorLosing()));
        assertEquals("sukhnah", e.place().id());
        assertEquals(CAPTURE.date(), e.date());
        assertEquals(CAPTURE.evidence(), e.evidence());
    }

    @Test
    void correctionsStackAndSurviveAReExtractionThatReadsOtherFields() {
        review(CAPTURE, "correct", "{\"claimed\":true}", null);
        review(CAPTURE, "correct", "{\"date\":\"2016-12-10\"}", null);
        // The extractor now reads another date window for the same sentence and place: same id.
        Event reread = event("a1-0000aaaa").captured("isis", "regime").within("2016-12-01", "2016-12-09", "2016-12-12").build();
        Event e = reviewed(reread);
        assertTrue(e.claimed(), "the first correction still holds");
        assertEquals(LocalDate.parse("2016-12-10"), e.date());
        assertEquals(e.date(), e.dateMin());
        assertEquals(e.date(), e.dateMax());
        assertEquals(DatePrecision.DAY, e.datePrecision());
    }

    @Test
    void aWindowKeepsTheDateInsideIt() {
        review(CAPTURE, "correct", "{\"date_min\":\"2016-12-08\",\"date_max\":\"2016-12-10\"}", null);
        Event e = reviewed(CAPTURE);
        assertEquals(LocalDate.parse("2016-12-10"), e.date(), "11 December moved to the window's nearest end");
        assertEquals(DatePrecision.WEEK, e.datePrecision());
    }

    @Test
    void kindToFightingDropsTheHolderAndASideOnFightingIsItsAttacker() {
        review(CAPTURE, "correct", "{\"kind\":\"contested\"}", null);
        Event e = reviewed(CAPTURE);
        assertEquals(EventKind.CONTESTED, e.kind());
        assertNull(e.controllerAfter());
    }

    @Test
    void everyBadCorrectionIsRefusedNamingTheField() {
        Map<String, String> refusals = Map.of(
                "{\"gaining_side\":\"martians\"}", "'set.gaining_side' is not a side code",
                "{\"place\":\"atlantis\"}", "'set.place' is not a place id",
                "{\"date\":\"10/12/2016\"}", "'set.date' must be a date",
                "{\"date\":\"2016-02-30\"}", "'set.date' is not a real calendar date",
                "{\"date_min\":\"2016-12-12\",\"date_max\":\"2016-12-10\"}", "'set.date_min' is after 'set.date_max'",
                "{\"kind\":\"massacre\"}", "'set.kind' must be one of",
                "{\"claimed\":\"yes\"}", "'set.claimed' must be true or false",
                "{\"colour\":\"red\"}", "unknown field 'colour'",
                "{}", "'set' must be an object with at least one of",
                "{\"date_min\":\"2016-12-20\"}", "date_min would be after date_max");
        refusals.forEach((set, message) -> {
            ReviewException e = assertThrows(ReviewException.class,
                    () -> Reviews.review(CAPTURE, "correct", json(set), null, "lina", VOCABULARY), set);
            assertTrue(e.getMessage().contains(message), set + " → " + e.getMessage());
        });
        assertThrows(ReviewException.class, () -> Reviews.review(CAPTURE, "confirm", json("{\"claimed\":true}"), null, "x", VOCABULARY));
        assertThrows(ReviewException.class, () -> Reviews.review(CAPTURE, "approve", null, null, "x", VOCABULARY));
        assertThrows(ReviewException.class, () -> Reviews.review(CAPTURE, "correct", null, null, "x", VOCABULARY));
        assertThrows(ReviewException.class, () -> Reviews.review(CAPTURE, "confirm", null, "a\u0000b", "x", VOCABULARY));
        assertThrows(ReviewException.class, () -> Reviews.review(CAPTURE, "confirm", null, "x".repeat(2001), "x", VOCABULARY));
    }

    @Test
    void aReviewOfAnEventNoLongerExtractedIsKeptAndAppliesWhenItReturns() {
        review(CAPTURE, "reject", null, null);
        Reviews.Applied without = reviews().apply(List.of(FIGHT), VOCABULARY);
        assertEquals(List.of(FIGHT), without.shown());
        assertEquals(1, reviews().all().size(), "kept");
        assertTrue(reviews().apply(List.of(CAPTURE, FIGHT), VOCABULARY).rejected().contains(reviewed(CAPTURE)));
    }

    @Test
    void aStoredCorrectionWhosePlaceLeftTheGazetteerAppliesItsOtherFields() {
        Review r = new Review(1, CAPTURE.id(), "tadmur", ReviewAction.CORRECT,
                (com.fasterxml.jackson.databind.node.ObjectNode) json("{\"place\":\"gone\",\"claimed\":true}"),
                null, null, "lina", Instant.now(), null);
        Event e = Reviews.of(List.of(r)).apply(List.of(CAPTURE), VOCABULARY).shown().get(0);
        assertEquals("tadmur", e.place().id());
        assertTrue(e.claimed());
    }

    @Test
    void aPinHoldsThePlaceOverItsDatesAndAnUnpinTakesItOff() {
        Review pin = Reviews.pin(Events.TADMUR, json("{\"control\":\"government\",\"from\":\"2016-12-11\",\"to\":\"2016-12-20\",\"note\":\"n\"}"),
                "lina", VOCABULARY).withId(nextId++);
        trail.add(pin);
        List<Event> events = List.of(CAPTURE);
        Timeline plain = Timeline.build(events, Map.of(), SyriaSides.SYRIA.actors());
        Timeline pinned = plain.withPins(reviews().pinned(VOCABULARY));
        Period onPin = pinned.stateAt("tadmur", LocalDate.parse("2016-12-15")).orElseThrow();
        assertEquals(Control.of(SyriaSides.GOVERNMENT), onPin.control());
        assertEquals("lina", onPin.pinned().by());
        assertEquals(Control.of(SyriaSides.ISIS), pinned.stateAt("tadmur", LocalDate.parse("2016-12-21")).orElseThrow().control(),
                "the reports speak again after the pin's last day");
        assertTrue(pinned.frames().contains(LocalDate.parse("2016-12-21")));
        trail.add(Reviews.unpin(reviews().pins().get(0), null, "omar").withId(nextId++));
        assertEquals(List.of(), reviews().pins());
        assertEquals(Control.of(SyriaSides.ISIS), plain.withPins(reviews().pinned(VOCABULARY))
                .stateAt("tadmur", LocalDate.parse("2016-12-15")).orElseThrow().control());
    }

    @Test
    void badPinsAreRefused() {
        for (String body : List.of("{\"from\":\"2016-12-11\"}", "{\"control\":\"martians\",\"from\":\"2016-12-11\"}",
                "{\"control\":\"isis\"}", "{\"control\":\"isis\",\"from\":\"2016-12-11\",\"to\":\"2016-12-10\"}",
                "{\"control\":\"isis\",\"from\":\"11/12/2016\"}", "{\"control\":\"isis\",\"from\":\"2016-12-11\",\"x\":1}")) {
            assertThrows(ReviewException.class, () -> Reviews.pin(Events.TADMUR, json(body), "x", VOCABULARY), body);
        }
    }
}
