package org.saytara.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleInfo;
import org.saytara.corpus.LoadProblem;
import org.saytara.extract.Event;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.layers.Layers;
import org.saytara.pipeline.Analysis;
import org.saytara.review.Reviews;
import org.saytara.timeline.Timeline;

/**
 * Everything the API serves, as of one moment: an {@link Analysis} of the corpus (built with the
 * analysts' reviews applied) and the reviews it was built with, published in one reference swap. A
 * request reads one snapshot from start to end, so it sees the old state or the new one and never
 * half of each. A new snapshot shares with the one before everything the change did not touch
 * (articles, events, place histories, rendered place features).
 */
public final class Snapshot {
    /** Rendered bodies kept per snapshot; enough for every frame of a large corpus a few times over. */
    private static final long RENDER_CACHE_BYTES = 64L << 20;

    private final Analysis analysis;
    private final Reviews reviews;
    private final Gazetteer gazetteer;
    private final Profile profile;
    private final String version;
    private final RenderCache renders = new RenderCache(RENDER_CACHE_BYTES);

    private Snapshot(Analysis analysis, Reviews reviews, Gazetteer gazetteer, Profile profile, String version) {
        this.analysis = analysis;
        this.reviews = reviews;
        this.gazetteer = gazetteer;
        this.profile = profile;
        this.version = version;
    }

    /**
     * @param reviews the reviews {@code analysis} was built with (its pipeline's processor)
     * @param seed    mixed into the version: a per-process value, so a restarted server with newer
     *                code never answers 304 to a body an older one rendered
     */
    static Snapshot of(Analysis analysis, Reviews reviews, Gazetteer gazetteer, Profile profile, String seed) {
        return new Snapshot(analysis, reviews, gazetteer, profile, version(seed, analysis, reviews));
    }

    /**
     * As {@link #of(Analysis, Reviews, Gazetteer, Profile, String)}, keeping the layer bodies
     * {@code previous} has rendered for the dates the change did not touch: only the cached layers
     * of the dates it changes are dropped.
     */
    static Snapshot of(Analysis analysis, Reviews reviews, Gazetteer gazetteer, Profile profile, String seed, Snapshot previous) {
        Snapshot next = of(analysis, reviews, gazetteer, profile, seed);
        if (previous != null) {
            Layers before = previous.layers();
            next.renders.keepFrom(previous.renders, key -> {
                LocalDate date = LayerRoutes.dateOfKey(key);
                LocalDate since = LayerRoutes.sinceOfKey(key);
                return date != null && next.layers().unchangedSince(before, date)
                        && (since == null || next.layers().unchangedSince(before, since));
            });
        }
        return next;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The sides, actors and lexicons the events were read with. */
    public Profile profile() {
        return profile;
    }

    /** Every article's metadata, sorted by id (texts stay on disk: see {@link #loadArticle}). */
    public List<ArticleInfo> articles() {
        return analysis.articles();
    }

    public List<LoadProblem> problems() {
        return analysis.problems();
    }

    public List<LoadProblem> skipped() {
        return analysis.skipped();
    }

    /** The events as reviewed, rejected ones left out: what the timeline and layers are built from. */
    public List<Event> events() {
        return analysis.events();
    }

    /** Every event as reviewed, the rejected ones included (marked), in corpus order. */
    public List<Event> allEvents() {
        return analysis.allEvents();
    }

    /** The events analysts rejected, marked so; in nothing but lists that ask for them. */
    public List<Event> rejectedEvents() {
        return analysis.rejected();
    }

    /** An event by id, rejected or not, as reviewed; null when no such event is extracted now. */
    public Event event(String id) {
        return analysis.event(id);
    }

    /** Every review recorded, the audit trail, as of this snapshot. */
    public Reviews reviews() {
        return reviews;
    }

    public Timeline timeline() {
        return analysis.timeline();
    }

    public Layers layers() {
        return analysis.layers();
    }

    /** Changes exactly when the data served changes; the seed of every ETag. */
    public String version() {
        return version;
    }

    /** An article's metadata, or null. */
    public ArticleInfo article(String id) {
        return analysis.article(id);
    }

    /**
     * An article with its text, read again from the corpus folder.
     *
     * @throws IOException when the file is gone or no longer holds the text the events were read from
     */
    public Article loadArticle(String id) throws IOException {
        ArticleInfo info = analysis.article(id);
        if (info == null) return null;
        return info.load();
    }

    /** An article's events as reviewed, the rejected ones included (marked). */
    public List<Event> eventsOfArticle(String articleId) {
        return analysis.eventsOfArticle(articleId);
    }

    public List<Event> eventsAt(String placeId) {
        return analysis.eventsAt(placeId);
    }

    RenderCache renders() {
        return renders;
    }

    /**
     * The seed, the analysis digest (every article's metadata, text and reviewed events, in any
     * order) and how many reviews there are. Two builds from the same files and reviews give the
     * same version, so a reload that changed nothing keeps every client's cached copy valid.
     */
    private static String version(String seed, Analysis analysis, Reviews reviews) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(analysis.digest().getBytes(StandardCharsets.UTF_8));
            // Reviews are only ever added: their count says which state they are in (pins included).
            sha.update(("reviews " + reviews.all().size()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
