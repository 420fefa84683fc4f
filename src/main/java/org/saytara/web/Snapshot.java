package org.saytara.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saytara.corpus.Article;
import org.saytara.corpus.Corpus;
import org.saytara.extract.Event;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.layers.Layers;
import org.saytara.review.ReviewedTimeline;
import org.saytara.review.Reviews;
import org.saytara.review.Vocabulary;
import org.saytara.timeline.Timeline;

/**
 * Everything the API serves, as of one moment: built completely off to the side, then published
 * in one reference swap. A request reads one snapshot from start to end, so it sees the old state
 * or the new one and never half of each.
 */
public final class Snapshot {
    /** Rendered bodies kept per snapshot; enough for every frame of a large corpus a few times over. */
    private static final long RENDER_CACHE_BYTES = 64L << 20;

    private final Corpus corpus;
    private final Gazetteer gazetteer;
    private final Profile profile;
    private final List<Event> extracted;
    private final List<Event> events;
    private final List<Event> allEvents;
    private final List<Event> rejectedEvents;
    private final Map<String, Event> eventsById;
    private final Reviews reviews;
    private final Timeline timeline;
    private final Layers layers;
    private final Map<String, Article> articlesById;
    private final Map<String, List<Event>> eventsByArticle;
    private final Map<String, List<Event>> eventsByPlace;
    private final String version;
    private final RenderCache renders = new RenderCache(RENDER_CACHE_BYTES);

    private Snapshot(Corpus corpus, Gazetteer gazetteer, Profile profile, List<Event> extracted, Reviews reviews,
                     Reviews.Applied applied, Timeline timeline, Layers layers, String version) {
        this.corpus = corpus;
        this.gazetteer = gazetteer;
        this.profile = profile;
        this.extracted = List.copyOf(extracted);
        this.events = applied.shown();
        this.allEvents = applied.rejected().isEmpty() ? this.events : applied.all(this.extracted);
        this.rejectedEvents = applied.rejected();
        this.reviews = reviews;
        Map<String, Event> byEventId = new HashMap<>();
        for (Event e : allEvents) byEventId.putIfAbsent(e.id(), e);
        this.eventsById = Collections.unmodifiableMap(byEventId);
        this.timeline = timeline;
        this.layers = layers;
        this.version = version;
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : corpus.articles()) byId.put(a.id(), a);
        this.articlesById = Collections.unmodifiableMap(byId);
        this.eventsByArticle = group(this.allEvents, true);
        this.eventsByPlace = group(this.events, false);
    }

    /**
     * Builds the timeline and layers for these events, read with this profile.
     *
     * @param seed mixed into the version: a per-process value, so a restarted server with newer
     *             code never answers 304 to a body an older one rendered
     */
    public static Snapshot build(Corpus corpus, Gazetteer gazetteer, Profile profile, List<Event> events, String seed) {
        return build(corpus, gazetteer, profile, events, Reviews.NONE, seed);
    }

    /**
     * Applies the analysts' reviews to the extracted events, then builds the timeline (with the
     * pins laid over it) and the layers from the reviewed events. This is the one place reviews
     * apply: everything served (events, layers, downloads, the timeline, the PostGIS tables, the
     * OGC collections) is read from what it builds.
     *
     * @param extracted the extractor's events, as read
     */
    public static Snapshot build(Corpus corpus, Gazetteer gazetteer, Profile profile, List<Event> extracted,
                                 Reviews reviews, String seed) {
        Map<String, String> parentOf = new HashMap<>();
        for (Place p : gazetteer.places()) if (p.parentId() != null) parentOf.put(p.id(), p.parentId());
        ReviewedTimeline reviewed = ReviewedTimeline.build(extracted, reviews, Vocabulary.of(gazetteer, profile), parentOf);
        Reviews.Applied applied = reviewed.events();
        Timeline timeline = reviewed.timeline();
        Layers layers = Layers.of(timeline, applied.shown(), profile, gazetteer);
        return new Snapshot(corpus, gazetteer, profile, extracted, reviews, applied, timeline, layers,
                version(seed, corpus, applied.all(extracted), reviews));
    }

    /** The same corpus and extraction under other reviews (a review was just stored). */
    Snapshot withReviews(Reviews newReviews, String seed) {
        return build(corpus, gazetteer, profile, extracted, newReviews, seed);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Profile profile() {
        return profile;
    }

    /** The events as reviewed, rejected ones left out: what the timeline and layers are built from. */
    public List<Event> events() {
        return events;
    }

    /** Every event as reviewed, the rejected ones included (marked), in extraction order. */
    public List<Event> allEvents() {
        return allEvents;
    }

    /** The events analysts rejected, marked so; in nothing but lists that ask for them. */
    public List<Event> rejectedEvents() {
        return rejectedEvents;
    }

    /** The extractor's events before any review. */
    public List<Event> extracted() {
        return extracted;
    }

    /** An event by id, rejected or not, as reviewed; null when no such event is extracted now. */
    public Event event(String id) {
        return eventsById.get(id);
    }

    public Reviews reviews() {
        return reviews;
    }

    public Timeline timeline() {
        return timeline;
    }

    public Layers layers() {
        return layers;
    }

    /** Changes exactly when the data served changes; the seed of every ETag. */
    public String version() {
        return version;
    }

    public Article article(String id) {
        return articlesById.get(id);
    }

    public List<Event> eventsOfArticle(String articleId) {
        return eventsByArticle.getOrDefault(articleId, List.of());
    }

    public List<Event> eventsAt(String placeId) {
        return eventsByPlace.getOrDefault(placeId, List.of());
    }

    RenderCache renders() {
        return renders;
    }

    private static Map<String, List<Event>> group(List<Event> events, boolean byArticle) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (Event e : events) {
            String key = byArticle ? e.article() : e.place().id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(groups);
    }

    /**
     * A digest of what the API serves from: every article's content and every event. Two builds
     * from the same files give the same version, so a reload that changed nothing keeps every
     * client's cached copy valid.
     */
    private static String version(String seed, Corpus corpus, List<Event> events, Reviews reviews) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, seed);
            for (Article a : corpus.articles()) {
                update(sha, a.id());
                update(sha, a.title());
                update(sha, a.outlet());
                update(sha, a.url());
                update(sha, Objects.toString(a.published(), null));
                update(sha, a.language());
                update(sha, a.text());
            }
            // Records print every component, so this covers each field of each event.
            for (Event e : events) update(sha, e.toString());
            // Reviews are only ever added: their count says which state they are in (pins included).
            update(sha, "reviews " + reviews.all().size());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        if (s != null) sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) (s == null ? 1 : 0));
    }
}
