package org.saytara.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleDraft;
import org.saytara.corpus.ArticleInfo;
import org.saytara.corpus.ArticleWriter;
import org.saytara.corpus.CorpusOptions;
import org.saytara.corpus.CorpusRecovery;
import org.saytara.corpus.DuplicateArticleException;
import org.saytara.corpus.HeldTexts;
import org.saytara.corpus.LoadProblem;
import org.saytara.corpus.TextSource;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.pipeline.Analysis;
import org.saytara.pipeline.EventProcessor;
import org.saytara.pipeline.Pipeline;
import org.saytara.review.Pin;
import org.saytara.review.Review;
import org.saytara.review.ReviewException;
import org.saytara.review.ReviewProcessor;
import org.saytara.review.Reviews;
import org.saytara.review.Vocabulary;
import org.saytara.store.MapTables;
import org.saytara.store.ReviewDatabase;
import org.saytara.store.StoreException;
import org.saytara.timeline.PlaceHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current snapshot and the only ways to replace it. Readers call {@link #current()} and never
 * wait. Writers (a posted article, a reload, a review) take turns: each builds a complete new
 * snapshot from the one before and swaps it in, so two writes never interleave and none is lost.
 * A posted article, or a file changed in the folder, is read alone; a review processes again only
 * the article of its event (a pin none); everything else is shared.
 */
final class SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Duration OWN_FILE_MEMORY = Duration.ofSeconds(10);

    private final Path corpusDir;
    private final Gazetteer gazetteer;
    /** Where reviews are kept; null for a store without reviews. */
    private final ReviewDatabase db;
    /** The map as PostGIS tables, when the database is PostgreSQL. */
    private final MapTables mapTables;
    private final Vocabulary vocabulary;
    /** The pipeline with the reviews of {@link #reviews} in its processor; replaced with them, under the write lock. */
    private volatile Pipeline pipeline;
    /** What the pipeline given at the start did to events, before any review (nothing, but in benchmarks). */
    private final EventProcessor beforeReviews;
    private volatile Reviews reviews = Reviews.NONE;
    private final ArticleWriter writer;
    private final String seed = UUID.randomUUID().toString();
    private final Object writeLock = new Object();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Files of posted articles, already in the current snapshot, until their watch events have passed. */
    private final Map<String, Long> ownFiles = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    private SnapshotStore(Path corpusDir, Pipeline pipeline, ReviewDatabase db) {
        this.corpusDir = corpusDir;
        this.gazetteer = pipeline.gazetteer();
        this.db = db;
        this.mapTables = db != null && db.isPostgres() ? new MapTables(db) : null;
        this.vocabulary = Vocabulary.of(gazetteer, pipeline.profile());
        this.pipeline = pipeline;
        this.beforeReviews = pipeline.processor();
        this.writer = new ArticleWriter(corpusDir);
    }

    /**
     * Clears what a crashed write left in the corpus folder, loads the corpus with the reviews of
     * {@code db} applied and builds the first snapshot; fails when the corpus cannot be read at all.
     * What the repair did is logged and listed first among the first snapshot's corpus problems.
     *
     * @param pipeline the pipeline to read with; the reviews apply after its processor
     * @param db       where reviews are kept, or null for a store without reviews
     */
    static SnapshotStore open(Path corpusDir, Pipeline pipeline, ReviewDatabase db) {
        SnapshotStore store = new SnapshotStore(corpusDir, pipeline, db);
        store.useReviews(db != null ? Reviews.of(db.load()) : Reviews.NONE);
        List<LoadProblem> repaired = CorpusRecovery.run(corpusDir);
        repaired.forEach(p -> LOG.warn("start-up repair: {}", p));
        store.reload(repaired);
        return store;
    }

    Snapshot current() {
        return current.get();
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** The conflict every snapshot is read with. */
    Profile profile() {
        return pipeline.profile();
    }

    /** Makes these reviews the pipeline's processor (caller holds the write lock, or nobody reads yet). */
    private void useReviews(Reviews r) {
        reviews = r;
        pipeline = pipeline.withProcessor(beforeReviews.then(new ReviewProcessor(r, vocabulary)));
    }

    /** Reads the whole corpus folder again and publishes what it holds now. */
    Snapshot reload() {
        return reload(List.of());
    }

    private Snapshot reload(List<LoadProblem> repaired) {
        synchronized (writeLock) {
            long start = System.nanoTime();
            loads.incrementAndGet();
            Analysis analysis = pipeline.open(corpusDir, CorpusOptions.defaults(), n -> { }).withProblemsFirst(repaired);
            return publish(pipeline.prepareForChanges(analysis), start, "corpus loaded", false);
        }
    }

    /**
     * Reads again only the files named (changed, added or deleted in the corpus folder), or the
     * whole folder when {@code names} is null (the watcher lost events) or when the change cannot
     * be made file by file.
     */
    Snapshot reload(Set<String> names) {
        if (names == null) return reload();
        synchronized (writeLock) {
            long start = System.nanoTime();
            loads.incrementAndGet();
            Analysis next = pipeline.replaceFiles(current.get().analysis(), corpusDir, CorpusOptions.defaults(), names);
            if (next == null) {
                next = pipeline.open(corpusDir, CorpusOptions.defaults(), n -> { });
                return publish(pipeline.prepareForChanges(next), start, "corpus loaded", false);
            }
            return publish(next, start, "files read again (" + String.join(", ", names) + ")", true);
        }
    }

    /**
     * Makes an analysis the one served (unless it serves exactly what the current one does), and
     * asks for the PostGIS tables to follow.
     *
     * @param warmUp draw the change features not drawn yet on a background thread (after files
     *               were read again; a full load draws them all before it publishes, see
     *               {@link Pipeline#prepareForChanges})
     */
    private Snapshot publish(Analysis analysis, long start, String what, boolean warmUp) {
        Snapshot previous = current.get();
        Snapshot next = Snapshot.of(analysis, reviews, gazetteer, pipeline.profile(), seed, previous);
        if (previous != null && previous.version().equals(next.version())) {
            // Nothing changed: keep the old snapshot and with it the bodies it has rendered.
            return previous;
        }
        swapIn(next);
        if (warmUp) warmUp(next);
        Analysis.Stages st = analysis.stages();
        LOG.info("{}: {} articles ({} skipped), {} events in {} ms (read {} ms, extract {} ms on {} threads, timeline {} ms, "
                        + "layers {} ms, prepared for posts {} ms; CPU: read {} ms, extract {} ms, timeline {} ms, layers {} ms, "
                        + "prepare {} ms)",
                what, analysis.articles().size(), analysis.skipped().size(), analysis.events().size(),
                (System.nanoTime() - start) / 1_000_000, st.readMs(), st.extractMs(), st.threads(), st.timelineMs(), st.layersMs(),
                st.prepareMs(), st.readCpuMs(), st.extractCpuMs(), st.timelineCpuMs(), st.layersCpuMs(), st.prepareCpuMs());
        return next;
    }

    /** Sets the snapshot served, and asks for the PostGIS tables to follow. */
    private void swapIn(Snapshot next) {
        current.set(next);
        if (mapTables != null) {
            Map<String, Integer> counts = new HashMap<>();
            for (PlaceHistory h : next.timeline().histories()) counts.put(h.place().id(), next.eventsAt(h.place().id()).size());
            mapTables.refresh(new MapTables.Rows(next.version(), next.timeline(), next.allEvents(), counts));
        }
    }

    /**
     * Writes a posted article into the corpus folder, extracts it alone and publishes the result:
     * only the places it names are planned again.
     *
     * @throws ApiException 409 when the folder already holds it (by id, or the same text under
     *                      another name), 400 when the writer refuses it
     */
    Published add(ArticleDraft draft) {
        synchronized (writeLock) {
            long start = System.nanoTime(), cpu = cpuNow();
            Snapshot before = current.get();
            Analysis held = before.analysis();
            HeldTexts texts = (text, published) -> held.sameText(ArticleInfo.textHash(text), published).map(ArticleInfo::id);
            Article article;
            try {
                article = writer.write(draft, texts);
            } catch (DuplicateArticleException e) {
                throw new ApiException(409, "this article is already in the corpus");
            } catch (IllegalArgumentException e) {
                // The writer's own checks (binary text, size after normalising); its messages name fields only.
                throw ApiException.badRequest(e.getMessage());
            }
            long written = System.nanoTime();
            TextSource source = new TextSource.TextFile(corpusDir.resolve(article.id() + ".txt"),
                    CorpusOptions.defaults().maxArticleBytes());
            Analysis analysis = pipeline.add(held, article, source);
            long planned = System.nanoTime();
            Snapshot next = Snapshot.of(analysis, reviews, gazetteer, pipeline.profile(), seed, before);
            swapIn(next);
            long forget = System.nanoTime() + OWN_FILE_MEMORY.toNanos();
            ownFiles.values().removeIf(until -> until - System.nanoTime() < 0);
            ownFiles.put(article.id() + ".txt", forget);
            ownFiles.put(article.id() + ".json", forget);
            List<Event> found = analysis.eventsOfArticle(article.id());
            long done = System.nanoTime();
            LOG.info("article {} added with {} events in {} ms (written {} ms, read alone and planned {} ms, published {} ms; "
                            + "CPU {} ms)",
                    article.id(), found.size(), (done - start) / 1_000_000, (written - start) / 1_000_000,
                    (planned - written) / 1_000_000, (done - planned) / 1_000_000, (cpuNow() - cpu) / 1_000_000);
            return new Published(article, found, next);
        }
    }

    /**
     * Stores an analyst's review of an event and publishes the map as reviewed. Answers only after
     * the review is committed to the database.
     *
     * @throws ApiException 404 for an event not extracted now, 400 for a bad review, 503 when the
     *                      database refuses the write (nothing is stored then)
     */
    Stored review(String eventId, String action, JsonNode set, String note, String reviewer) {
        synchronized (writeLock) {
            Snapshot before = current.get();
            Event event = before.event(eventId);
            if (event == null) throw ApiException.notFound("no event with this id");
            Review draft;
            try {
                draft = Reviews.review(event, action, set, note, reviewer, vocabulary);
            } catch (ReviewException e) {
                throw ApiException.badRequest(e.getMessage());
            }
            return store(draft);
        }
    }

    /** Pins a place's control for a period (see {@link org.saytara.review.Pin}). */
    Stored pin(String placeId, JsonNode body, String reviewer) {
        synchronized (writeLock) {
            PlaceRef place = vocabulary.place(placeId).orElseThrow(() -> ApiException.notFound("no place with this id"));
            Review draft;
            try {
                draft = Reviews.pin(place, body, reviewer, vocabulary);
            } catch (ReviewException e) {
                throw ApiException.badRequest(e.getMessage());
            }
            return store(draft);
        }
    }

    /** Takes a pin off a place. */
    Stored unpin(String placeId, long pinId, String note, String reviewer) {
        synchronized (writeLock) {
            Pin pin = reviews.pin(pinId).filter(p -> p.placeId().equals(placeId))
                    .orElseThrow(() -> ApiException.notFound("no pin with this id in force on this place"));
            Review draft;
            try {
                draft = Reviews.unpin(pin, note, reviewer);
            } catch (ReviewException e) {
                throw ApiException.badRequest(e.getMessage());
            }
            return store(draft);
        }
    }

    /**
     * Commits a review, then publishes the map with it: only the article of the reviewed event is
     * processed again (a pin or an unpin processes none) and only the places concerned are planned
     * again, as for a posted article.
     */
    private Stored store(Review draft) {
        if (db == null) throw new ApiException(503, "this server keeps no reviews");
        long start = System.nanoTime();
        Review saved;
        try {
            saved = db.append(draft);
        } catch (StoreException e) {
            LOG.error("a review could not be stored", e);
            throw new ApiException(503, "the review database did not take the review; nothing was stored, try again");
        }
        useReviews(reviews.plus(saved));
        Set<String> articles = new HashSet<>(ReviewProcessor.articlesOf(saved));
        Analysis analysis = pipeline.reprocess(current.get().analysis(), articles);
        Snapshot next = Snapshot.of(analysis, reviews, gazetteer, pipeline.profile(), seed, current.get());
        swapIn(next);
        LOG.info("review {} by {}: {} {} ({} ms)", saved.id(), saved.reviewer(), saved.action().code(),
                saved.eventId() != null ? saved.eventId() : saved.placeId(), (System.nanoTime() - start) / 1_000_000);
        return new Stored(saved, next);
    }

    /**
     * Draws the change features of a newly read corpus on a background thread of low priority, so
     * that a reader's (or a posted article's) first request of a date only joins them. Later
     * snapshots share the drawn features.
     */
    private void warmUp(Snapshot s) {
        Thread t = new Thread(() -> {
            // What a page opening asks for first: the frames' summaries (a second of work with
            // thousands of frames), and the latest frame, which also gets the layer code compiled.
            var layers = s.layers();
            layers.frameSummaries();
            List<java.time.LocalDate> frames = layers.frames();
            if (!frames.isEmpty()) layers.collection(frames.get(frames.size() - 1), Set.of());
            layers.drawAllChanges(() -> false);
        }, "saytara-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Waits for the PostGIS tables to show the current snapshot (tests); nothing without PostgreSQL. */
    void flushMapTables() {
        if (mapTables != null) mapTables.flush();
    }

    MapTables mapTables() {
        return mapTables;
    }

    void close() {
        if (mapTables != null) mapTables.close();
        if (db != null) db.close();
    }

    /** How many times the corpus folder has been read, the first load included. */
    int loads() {
        return loads.get();
    }

    /**
     * True when this file name belongs to an article posted here in the last 10 seconds: it is in the
     * current snapshot already, so the watcher need not reload for it.
     */
    boolean isOwnFile(String fileName) {
        // Waits for a post in progress: its files may fire their events before it has published
        // them and noted them here (a slow build under load).
        synchronized (writeLock) {
            Long until = ownFiles.get(fileName);
            return until != null && until - System.nanoTime() > 0;
        }
    }

    /** This thread's CPU time in nanoseconds (0 where the JVM cannot tell): a post's cost apart from waiting for a core. */
    private static long cpuNow() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
    }

    record Published(Article article, List<Event> events, Snapshot snapshot) {}

    record Stored(Review review, Snapshot snapshot) {}
}
