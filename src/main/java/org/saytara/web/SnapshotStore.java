package org.saytara.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleDraft;
import org.saytara.corpus.ArticleWriter;
import org.saytara.corpus.CorpusOptions;
import org.saytara.corpus.TextSource;
import org.saytara.corpus.DuplicateArticleException;
import org.saytara.extract.Event;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.pipeline.Analysis;
import org.saytara.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current snapshot and the only ways to replace it. Readers call {@link #current()} and never
 * wait. Writers (a posted article, a reload) take turns: each builds a complete new snapshot from
 * the one before and swaps it in, so two writes never interleave and none is lost. A posted
 * article, or a file changed in the folder, is read alone; everything else is shared.
 */
final class SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Duration OWN_FILE_MEMORY = Duration.ofSeconds(10);

    private final Path corpusDir;
    private final Gazetteer gazetteer;
    private final Pipeline pipeline;
    private final ArticleWriter writer;
    private final String seed = UUID.randomUUID().toString();
    private final Object writeLock = new Object();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Files of posted articles, already in the current snapshot, until their watch events have passed. */
    private final Map<String, Long> ownFiles = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    private SnapshotStore(Path corpusDir, Pipeline pipeline) {
        this.corpusDir = corpusDir;
        this.gazetteer = pipeline.gazetteer();
        this.pipeline = pipeline;
        this.writer = new ArticleWriter(corpusDir);
    }

    /** Loads the corpus and builds the first snapshot; fails when the corpus cannot be read at all. */
    static SnapshotStore open(Path corpusDir, Pipeline pipeline) {
        SnapshotStore store = new SnapshotStore(corpusDir, pipeline);
        store.reload();
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

    /** Reads the whole corpus folder again and publishes what it holds now. */
    Snapshot reload() {
        synchronized (writeLock) {
            long start = System.nanoTime();
            loads.incrementAndGet();
            Analysis analysis = pipeline.open(corpusDir, CorpusOptions.defaults(), n -> { });
            return publish(analysis, start, "corpus loaded");
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
                return publish(next, start, "corpus loaded");
            }
            return publish(next, start, "files read again (" + String.join(", ", names) + ")");
        }
    }

    /** Runs the pipeline's event processor again over every article (after a review changed). */
    Snapshot reprocess() {
        synchronized (writeLock) {
            long start = System.nanoTime();
            return publish(pipeline.reprocess(current.get().analysis()), start, "events processed again");
        }
    }

    private Snapshot publish(Analysis analysis, long start, String what) {
        Snapshot previous = current.get();
        Snapshot next = Snapshot.of(analysis, gazetteer, pipeline.profile(), seed, previous);
        if (previous != null && previous.version().equals(next.version())) {
            // Nothing changed: keep the old snapshot and with it the bodies it has rendered.
            return previous;
        }
        current.set(next);
        warmUp(next);
        Analysis.Stages st = analysis.stages();
        LOG.info("{}: {} articles ({} skipped), {} events in {} ms (read {} ms, extract {} ms on {} threads, timeline {} ms, "
                        + "layers {} ms; CPU: read {} ms, extract {} ms, timeline {} ms, layers {} ms)",
                what, analysis.articles().size(), analysis.skipped().size(), analysis.events().size(),
                (System.nanoTime() - start) / 1_000_000, st.readMs(), st.extractMs(), st.threads(), st.timelineMs(), st.layersMs(),
                st.readCpuMs(), st.extractCpuMs(), st.timelineCpuMs(), st.layersCpuMs());
        return next;
    }

    /**
     * Writes a posted article into the corpus folder, extracts it alone and publishes the result:
     * only the places it names are planned again.
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
            Snapshot before = current.get();
            TextSource source = new TextSource.TextFile(corpusDir.resolve(article.id() + ".txt"),
                    CorpusOptions.defaults().maxArticleBytes());
            Analysis analysis = pipeline.add(before.analysis(), article, source);
            Snapshot next = Snapshot.of(analysis, gazetteer, pipeline.profile(), seed, before);
            current.set(next);
            long forget = System.nanoTime() + OWN_FILE_MEMORY.toNanos();
            ownFiles.values().removeIf(until -> until - System.nanoTime() < 0);
            ownFiles.put(article.id() + ".txt", forget);
            ownFiles.put(article.id() + ".json", forget);
            List<Event> found = analysis.eventsOfArticle(article.id());
            LOG.info("article {} added with {} events", article.id(), found.size());
            return new Published(article, found, next);
        }
    }

    /**
     * Draws the change features of a newly read corpus on a background thread of low priority, so
     * that a reader's (or a posted article's) first request of a date only joins them. Later
     * snapshots share the drawn features.
     */
    private void warmUp(Snapshot s) {
        Thread t = new Thread(() -> s.layers().drawAllChanges(() -> false),
                "saytara-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
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
