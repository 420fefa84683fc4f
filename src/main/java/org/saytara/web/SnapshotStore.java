package org.saytara.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleDraft;
import org.saytara.corpus.ArticleWriter;
import org.saytara.corpus.Corpus;
import org.saytara.corpus.CorpusRecovery;
import org.saytara.corpus.LoadProblem;
import org.saytara.corpus.DuplicateArticleException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.review.Pin;
import org.saytara.review.Review;
import org.saytara.review.ReviewException;
import org.saytara.review.Reviews;
import org.saytara.review.Vocabulary;
import org.saytara.store.MapTables;
import org.saytara.store.ReviewDatabase;
import org.saytara.store.StoreException;
import org.saytara.extract.Extractor;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current snapshot and the only ways to replace it. Readers call {@link #current()} and never
 * wait. Writers (a posted article, a reload) take turns: each builds a complete new snapshot from
 * the one before and swaps it in, so two writes never interleave and none is lost.
 */
final class SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Duration OWN_FILE_MEMORY = Duration.ofSeconds(10);

    private final Path corpusDir;
    private final Gazetteer gazetteer;
    private final Profile profile;
    /** Where reviews are kept; null for a store without reviews. */
    private final ReviewDatabase db;
    /** The map as PostGIS tables, when the database is PostgreSQL. */
    private final MapTables mapTables;
    private final Vocabulary vocabulary;
    private volatile Reviews reviews = Reviews.NONE;
    private final Extractor extractor;
    private final ArticleWriter writer;
    private final String seed = UUID.randomUUID().toString();
    private final Object writeLock = new Object();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Files of posted articles, already in the current snapshot, until their watch events have passed. */
    private final Map<String, Long> ownFiles = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    private SnapshotStore(Path corpusDir, Gazetteer gazetteer, Profile profile, ReviewDatabase db) {
        this.corpusDir = corpusDir;
        this.gazetteer = gazetteer;
        this.profile = profile;
        this.db = db;
        this.mapTables = db != null && db.isPostgres() ? new MapTables(db) : null;
        this.vocabulary = Vocabulary.of(gazetteer, profile);
        this.extractor = Extractor.create(gazetteer, profile);
        this.writer = new ArticleWriter(corpusDir);
    }

    /**
     * Clears what a crashed write left in the corpus folder, loads the corpus and builds the first
     * snapshot; fails when the corpus cannot be read at all. What the repair did is logged and
     * listed first among the first snapshot's corpus problems.
     */
    static SnapshotStore open(Path corpusDir, Gazetteer gazetteer, Profile profile, ReviewDatabase db) {
        SnapshotStore store = new SnapshotStore(corpusDir, gazetteer, profile, db);
        if (db != null) store.reviews = Reviews.of(db.load());
        List<LoadProblem> repaired = CorpusRecovery.run(corpusDir);
        repaired.forEach(p -> LOG.warn("start-up repair: {}", p));
        store.reload(repaired);
        return store;
    }

    Snapshot current() {
        return current.get();
    }

    /** The conflict every snapshot is read with. */
    Profile profile() {
        return profile;
    }

    /** Reads the corpus folder again and publishes what it holds now. */
    Snapshot reload() {
        return reload(List.of());
    }

    private Snapshot reload(List<LoadProblem> repaired) {
        synchronized (writeLock) {
            long start = System.nanoTime();
            loads.incrementAndGet();
            Corpus corpus = Corpus.load(corpusDir).withProblems(repaired);
            List<Event> events = extractor.extract(corpus);
            Snapshot next = Snapshot.build(corpus, gazetteer, profile, events, reviews, seed);
            Snapshot previous = current.get();
            if (previous != null && previous.version().equals(next.version())) {
                // Nothing changed: keep the old snapshot and with it the bodies it has rendered.
                return previous;
            }
            publish(next);
            LOG.info("corpus loaded: {} articles ({} skipped), {} events in {} ms", corpus.articles().size(),
                    corpus.skipped().size(), events.size(), (System.nanoTime() - start) / 1_000_000);
            return next;
        }
    }

    /**
     * Writes a posted article into the corpus folder, extracts it and publishes the result.
     *
     * @throws ApiException 409 when the folder already holds it, 400 when the writer refuses it
     */
    Published add(ArticleDraft draft) {
        synchronized (writeLock) {
            Article article;
            try {
                article = writer.write(draft, current.get().corpus());
            } catch (DuplicateArticleException e) {
                throw new ApiException(409, "this article is already in the corpus");
            } catch (IllegalArgumentException e) {
                // The writer's own checks (binary text, size after normalising); its messages name fields only.
                throw ApiException.badRequest(e.getMessage());
            }
            List<Event> found = extractor.extract(article);
            Snapshot before = current.get();
            List<Article> articles = new ArrayList<>(before.corpus().articles());
            articles.add(article);
            List<Event> events = new ArrayList<>(before.extracted());
            events.addAll(found);
            Corpus corpus = new Corpus(articles, before.corpus().problems());
            Snapshot next = Snapshot.build(corpus, gazetteer, profile, events, reviews, seed);
            publish(next);
            found = found.stream().map(e -> next.event(e.id()) == null ? e : next.event(e.id())).toList();
            long forget = System.nanoTime() + OWN_FILE_MEMORY.toNanos();
            ownFiles.values().removeIf(until -> until - System.nanoTime() < 0);
            ownFiles.put(article.id() + ".txt", forget);
            ownFiles.put(article.id() + ".json", forget);
            LOG.info("article {} added with {} events", article.id(), found.size());
            return new Published(article, found, next);
        }
    }

    /** Makes a snapshot the one served, and asks for the PostGIS tables to follow. */
    private void publish(Snapshot next) {
        current.set(next);
        if (mapTables != null) {
            Map<String, Integer> counts = new HashMap<>();
            for (Event e : next.events()) counts.merge(e.place().id(), 1, Integer::sum);
            mapTables.refresh(new MapTables.Rows(next.version(), next.timeline(), next.allEvents(), counts));
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

    private Stored store(Review draft) {
        if (db == null) throw new ApiException(503, "this server keeps no reviews");
        Review saved;
        try {
            saved = db.append(draft);
        } catch (StoreException e) {
            LOG.error("a review could not be stored", e);
            throw new ApiException(503, "the review database did not take the review; nothing was stored, try again");
        }
        reviews = reviews.plus(saved);
        Snapshot next = current.get().withReviews(reviews, seed);
        publish(next);
        LOG.info("review {} by {}: {} {}", saved.id(), saved.reviewer(), saved.action().code(),
                saved.eventId() != null ? saved.eventId() : saved.placeId());
        return new Stored(saved, next);
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

    record Published(Article article, List<Event> events, Snapshot snapshot) {}

    record Stored(Review review, Snapshot snapshot) {}
}
