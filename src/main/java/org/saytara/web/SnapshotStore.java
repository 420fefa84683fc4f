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
import org.saytara.corpus.DuplicateArticleException;
import org.saytara.extract.Event;
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
    private final Extractor extractor;
    private final ArticleWriter writer;
    private final String seed = UUID.randomUUID().toString();
    private final Object writeLock = new Object();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Files of posted articles, already in the current snapshot, until their watch events have passed. */
    private final Map<String, Long> ownFiles = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    private SnapshotStore(Path corpusDir, Gazetteer gazetteer, Profile profile) {
        this.corpusDir = corpusDir;
        this.gazetteer = gazetteer;
        this.profile = profile;
        this.extractor = Extractor.create(gazetteer, profile);
        this.writer = new ArticleWriter(corpusDir);
    }

    /** Loads the corpus and builds the first snapshot; fails when the corpus cannot be read at all. */
    static SnapshotStore open(Path corpusDir, Gazetteer gazetteer, Profile profile) {
        SnapshotStore store = new SnapshotStore(corpusDir, gazetteer, profile);
        store.reload();
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
        synchronized (writeLock) {
            long start = System.nanoTime();
            loads.incrementAndGet();
            Corpus corpus = Corpus.load(corpusDir);
            List<Event> events = extractor.extract(corpus);
            Snapshot next = Snapshot.build(corpus, gazetteer, profile, events, seed);
            Snapshot previous = current.get();
            if (previous != null && previous.version().equals(next.version())) {
                // Nothing changed: keep the old snapshot and with it the bodies it has rendered.
                return previous;
            }
            current.set(next);
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
                article = writer.write(draft);
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
            List<Event> events = new ArrayList<>(before.events());
            events.addAll(found);
            Corpus corpus = new Corpus(articles, before.corpus().problems());
            Snapshot next = Snapshot.build(corpus, gazetteer, profile, events, seed);
            current.set(next);
            long forget = System.nanoTime() + OWN_FILE_MEMORY.toNanos();
            ownFiles.values().removeIf(until -> until - System.nanoTime() < 0);
            ownFiles.put(article.id() + ".txt", forget);
            ownFiles.put(article.id() + ".json", forget);
            LOG.info("article {} added with {} events", article.id(), found.size());
            return new Published(article, found, next);
        }
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
        Long until = ownFiles.get(fileName);
        return until != null && until - System.nanoTime() > 0;
    }

    record Published(Article article, List<Event> events, Snapshot snapshot) {}
}
