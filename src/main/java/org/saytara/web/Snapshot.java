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
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.layers.Layers;
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
    private final List<Event> events;
    private final Timeline timeline;
    private final Layers layers;
    private final Map<String, Article> articlesById;
    private final Map<String, List<Event>> eventsByArticle;
    private final Map<String, List<Event>> eventsByPlace;
    private final String version;
    private final RenderCache renders = new RenderCache(RENDER_CACHE_BYTES);

    private Snapshot(Corpus corpus, Gazetteer gazetteer, List<Event> events, Timeline timeline, Layers layers,
                     String version) {
        this.corpus = corpus;
        this.gazetteer = gazetteer;
        this.events = List.copyOf(events);
        this.timeline = timeline;
        this.layers = layers;
        this.version = version;
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : corpus.articles()) byId.put(a.id(), a);
        this.articlesById = Collections.unmodifiableMap(byId);
        this.eventsByArticle = group(this.events, true);
        this.eventsByPlace = group(this.events, false);
    }

    /**
     * Builds the timeline and layers for these events.
     *
     * @param seed mixed into the version: a per-process value, so a restarted server with newer
     *             code never answers 304 to a body an older one rendered
     */
    public static Snapshot build(Corpus corpus, Gazetteer gazetteer, List<Event> events, String seed) {
        Map<String, String> parentOf = new HashMap<>();
        for (Place p : gazetteer.places()) if (p.parentId() != null) parentOf.put(p.id(), p.parentId());
        Timeline timeline = Timeline.build(events, parentOf);
        Layers layers = Layers.of(timeline, events, gazetteer);
        return new Snapshot(corpus, gazetteer, events, timeline, layers, version(seed, corpus, events));
    }

    public Corpus corpus() {
        return corpus;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<Event> events() {
        return events;
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
    private static String version(String seed, Corpus corpus, List<Event> events) {
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
