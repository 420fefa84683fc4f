package org.saytara.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.saytara.extract.Event;
import org.saytara.json.Json;
import org.saytara.layers.Csv;
import org.saytara.review.Pin;
import org.saytara.review.Review;
import org.saytara.review.ReviewQueue;
import org.saytara.review.Reviews;

/**
 * Analysts' reviews: of events ({@code POST /api/events/{id}/review}), pins on places
 * ({@code /api/places/{id}/pins}), the audit trail ({@code GET /api/reviews}, also as CSV) and
 * the queue of events to review ({@code GET /api/review-queue}). Writes follow the rule of
 * {@code POST /api/articles} (loopback or a token) with their own, higher rate.
 */
final class ReviewRoutes {
    /** A review is a few hundred bytes; a note at most 2000 characters. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** Event ids are article ids (which may be Arabic file names) plus a hash. */
    private static final Pattern EVENT_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_:.-]{0,254}");
    private static final List<String> CSV_COLUMNS = List.of("id", "at", "reviewer", "action", "event_id", "place_id",
            "orphaned", "note", "set", "before", "after");

    private final SnapshotStore store;
    private final WriteGuard guard;

    ReviewRoutes(SnapshotStore store, WriteGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    /** {@code POST /api/events/{id}/review} {@code {"action", "note", "set"}} → 201 with the review. */
    void review(Context ctx) {
        String reviewer = guard.writer(ctx);
        String id = eventId(ctx.pathParam("id"));
        JsonNode body = body(ctx, Set.of("action", "note", "set"));
        JsonNode action = body.get("action");
        if (action == null || !action.isTextual()) throw ApiException.badRequest("'action' must be confirm, reject or correct");
        SnapshotStore.Stored stored = store.review(id, action.asText(), body.get("set"), note(body), reviewer);
        created(ctx, stored);
    }

    /** {@code POST /api/places/{id}/pins} {@code {"control", "from", "to", "note"}} → 201 with the review that set it. */
    void pin(Context ctx) {
        String reviewer = guard.writer(ctx);
        String placeId = Params.id("id", ctx.pathParam("id"));
        JsonNode body = body(ctx, Set.of("control", "from", "to", "note"));
        created(ctx, store.pin(placeId, body, reviewer));
    }

    /** {@code DELETE /api/places/{id}/pins/{pin}}, optionally with {@code {"note"}} → 200 with the unpin review. */
    void unpin(Context ctx) {
        String reviewer = guard.writer(ctx);
        String placeId = Params.id("id", ctx.pathParam("id"));
        long pinId = number("pin", ctx.pathParam("pin"));
        String note = null;
        if (ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null) {
            note = note(body(ctx, Set.of("note")));
        }
        SnapshotStore.Stored stored = store.unpin(placeId, pinId, note, reviewer);
        JsonResponses.send(ctx, 200, view(stored.review(), stored.snapshot()));
    }

    /** {@code GET /api/places/{id}/pins}: the pins in force on a place. */
    void pins(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        String placeId = Params.id("id", ctx.pathParam("id"));
        Snapshot snapshot = store.current();
        if (snapshot.gazetteer().byId(placeId).isEmpty()) throw ApiException.notFound("no place with this id");
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> {
            List<JsonNode> pins = pinsOf(snapshot, placeId);
            return JsonResponses.bytes(Map.of("count", pins.size(), "pins", pins));
        });
    }

    static List<JsonNode> pinsOf(Snapshot snapshot, String placeId) {
        return snapshot.reviews().pins().stream().filter(p -> p.placeId().equals(placeId))
                .map(p -> (JsonNode) Reviews.describe(p)).toList();
    }

    /** {@code GET /api/reviews[?event=&place=&reviewer=&orphaned=]}: the audit trail, oldest first. */
    void list(Context ctx) {
        Params.onlyKnown(ctx, Set.of("event", "place", "reviewer", "orphaned"));
        Predicate<ReviewView> filter = filter(ctx);
        Snapshot snapshot = store.current();
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> {
            List<ReviewView> views = views(snapshot).stream().filter(filter).toList();
            return JsonResponses.bytes(new ReviewList(views.size(), views));
        });
    }

    /** {@code GET /api/reviews/{id}}: one entry of the trail. */
    void one(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        long id = number("id", ctx.pathParam("id"));
        Snapshot snapshot = store.current();
        Review review = snapshot.reviews().all().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("no review with this id"));
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> JsonResponses.bytes(view(review, snapshot)));
    }

    /** {@code GET /api/reviews.csv}: the audit trail for a spreadsheet; JSON cells hold before/after. */
    void csv(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot snapshot = store.current();
        ctx.header("Content-Disposition", "attachment; filename=\"saytara-reviews.csv\"");
        ConditionalGet.send(ctx, snapshot.version(), "text/csv; charset=utf-8", () -> {
            StringBuilder sb = new StringBuilder();
            sb.append(Csv.row(CSV_COLUMNS));
            for (ReviewView v : views(snapshot)) {
                sb.append(Csv.row(List.of(Long.toString(v.id()), Csv.text(v.at().toString()), Csv.text(v.reviewer()),
                        Csv.text(v.action()), Csv.text(v.eventId()), Csv.text(v.placeId()), Boolean.toString(v.orphaned()),
                        Csv.text(v.note()), Csv.text(json(v.set())), Csv.text(json(v.before())), Csv.text(json(v.after())))));
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** {@code GET /api/review-queue[?limit=50]}: unreviewed events, most doubtful first. */
    void queue(Context ctx) {
        Params.onlyKnown(ctx, Set.of("limit"));
        String limitText = Params.single(ctx, "limit");
        int limit = limitText == null ? 100 : (int) Math.min(1000, number("limit", limitText));
        if (limit < 1) throw ApiException.badRequest("'limit' must be 1 to 1000");
        Snapshot snapshot = store.current();
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> {
            List<ReviewQueue.Item> all = ReviewQueue.of(snapshot.events(), snapshot.timeline());
            List<QueueItem> items = all.stream().limit(limit)
                    .map(i -> new QueueItem(i.doubt(), i.reasons(), i.event())).toList();
            long reviewed = snapshot.allEvents().stream().filter(e -> e.review() != null).count();
            long orphaned = views(snapshot).stream().filter(ReviewView::orphaned).count();
            return JsonResponses.bytes(new Queue(all.size(), reviewed, orphaned, items));
        });
    }

    private void created(Context ctx, SnapshotStore.Stored stored) {
        ctx.header("Location", "/api/reviews/" + stored.review().id());
        JsonResponses.send(ctx, 201, view(stored.review(), stored.snapshot()));
    }

    private static List<ReviewView> views(Snapshot snapshot) {
        List<ReviewView> out = new ArrayList<>(snapshot.reviews().all().size());
        for (Review r : snapshot.reviews().all()) out.add(view(r, snapshot));
        return out;
    }

    /**
     * A review as the API shows it. {@code orphaned}: an event review whose event the extractor no
     * longer finds (kept, and applied again should it come back), or a pin whose place left the gazetteer.
     */
    static ReviewView view(Review r, Snapshot snapshot) {
        boolean orphaned = r.eventId() != null ? snapshot.event(r.eventId()) == null
                : snapshot.gazetteer().byId(r.placeId()).isEmpty();
        return new ReviewView(r.id(), r.eventId(), r.placeId(), r.action().code(), r.set(), r.before(), r.after(),
                r.reviewer(), r.at(), r.note(), orphaned);
    }

    private static Predicate<ReviewView> filter(Context ctx) {
        String event = Params.single(ctx, "event");
        String place = Params.single(ctx, "place");
        String reviewer = Params.single(ctx, "reviewer");
        Boolean orphaned = Params.bool(ctx, "orphaned");
        return v -> (event == null || event.equals(v.eventId())) && (place == null || place.equals(v.placeId()))
                && (reviewer == null || reviewer.equals(v.reviewer())) && (orphaned == null || orphaned == v.orphaned());
    }

    private static JsonNode body(Context ctx, Set<String> known) {
        ArticleRoutes.requireJson(ctx);
        byte[] bytes = ArticleRoutes.readBody(ctx, MAX_BODY_BYTES);
        JsonNode body;
        try {
            body = Json.mapper().readTree(bytes);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
        if (body == null || !body.isObject()) throw ApiException.badRequest("send a JSON object");
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name.replaceAll("[^\\p{L}\\p{N}_.-]", "?")
                        + "'; known: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return body;
    }

    private static String note(JsonNode body) {
        JsonNode note = body.get("note");
        if (note == null || note.isNull()) return null;
        if (!note.isTextual()) throw ApiException.badRequest("'note' must be a string");
        return note.asText();
    }

    private static String eventId(String value) {
        if (value == null || !EVENT_ID.matcher(value).matches() || value.contains("..")) {
            throw ApiException.badRequest("'id' is not a valid event id");
        }
        return value;
    }

    private static long number(String name, String value) {
        try {
            long n = Long.parseLong(value);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number");
        }
    }

    private static String json(JsonNode node) {
        if (node == null || node.isNull()) return null;
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record ReviewView(long id, String eventId, String placeId, String action, JsonNode set, JsonNode before,
                      JsonNode after, String reviewer, Instant at, String note, boolean orphaned) {}

    record ReviewList(int count, List<ReviewView> reviews) {}

    record QueueItem(double doubt, List<String> reasons, Event event) {}

    /** @param count unreviewed events in all; {@code events} holds the first {@code limit} */
    record Queue(int count, long reviewed, long orphaned, List<QueueItem> events) {}
}
