package org.saytara.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleInfo;
import org.saytara.corpus.Corpus;
import org.saytara.corpus.CorpusOptions;
import org.saytara.corpus.LoadProblem;
import org.saytara.corpus.TextSource;
import org.saytara.extract.Event;
import org.saytara.extract.UnlocatedEvent;
import org.saytara.extract.Extractor;
import org.saytara.extract.Profile;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.layers.Layers;
import org.saytara.timeline.Timeline;

/**
 * corpus → events → timeline → layers, in one place. Stateless apart from its configuration, and
 * thread-safe: every method returns a new {@link Analysis}.
 *
 * <p><b>Opening a corpus</b> reads the folder on the calling thread (in file order, so duplicate
 * ids resolve the same way on every machine) and extracts each article on a pool of one thread per
 * core; results are put back in corpus order, so the output does not depend on the number of
 * threads. Only metadata, events and where each text lies are kept ({@link ArticleInfo}).
 *
 * <p><b>Updating</b> ({@link #add}, {@link #remove}, {@link #replaceFiles}) reads only the
 * articles concerned, re-plans only the places their events name (and the sub-places inheriting
 * from them) and shares everything else with the analysis before.
 */
public final class Pipeline {
    private final Gazetteer gazetteer;
    private final Profile profile;
    private final Extractor extractor;
    private final Map<String, String> parentOf;
    private final EventProcessor processor;
    private final int threads;

    private Pipeline(Gazetteer gazetteer, Profile profile, Extractor extractor, Map<String, String> parentOf,
                     EventProcessor processor, int threads) {
        this.gazetteer = gazetteer;
        this.profile = profile;
        this.extractor = extractor;
        this.parentOf = parentOf;
        this.processor = processor;
        this.threads = threads;
    }

    /** A pipeline reading with this gazetteer and this profile (sides, actors, lexicons). */
    public static Pipeline create(Gazetteer gazetteer, Profile profile) {
        return new Pipeline(gazetteer, profile, Extractor.create(gazetteer, profile), Map.copyOf(Timeline.parents(gazetteer)),
                EventProcessor.NONE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same pipeline with events passed through {@code p} before the timeline, and its pins laid
     * over the timeline after (analysts' reviews plug in here). Cheap: everything else is shared.
     */
    public Pipeline withProcessor(EventProcessor p) {
        return new Pipeline(gazetteer, profile, extractor, parentOf, Objects.requireNonNull(p), threads);
    }

    /** The processor events pass through (reviews), {@link EventProcessor#NONE} by default. */
    public EventProcessor processor() {
        return processor;
    }

    /** The same pipeline extracting on {@code n} threads (default: one per core). */
    public Pipeline withThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
        return new Pipeline(gazetteer, profile, extractor, parentOf, processor, n);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Profile profile() {
        return profile;
    }

    public Extractor extractor() {
        return extractor;
    }

    public int threads() {
        return threads;
    }

    /** Opens a corpus folder with the default limits. */
    public Analysis open(Path dir) {
        return open(dir, CorpusOptions.defaults(), n -> { });
    }

    /**
     * Reads, extracts (on all cores), reconciles and prepares the layers of a corpus folder.
     *
     * @param progress told the number of articles extracted so far, now and then
     */
    public Analysis open(Path dir, CorpusOptions options, IntConsumer progress) {
        long t0 = System.nanoTime();
        Extraction x = extractAll(sink -> Corpus.scan(dir, options, sink::accept), progress);
        return build(x, t0, System.nanoTime());
    }

    /**
     * The events of a corpus folder, read, extracted and processed as {@link #open} does, without
     * the timeline; events the processor rejected are left out.
     */
    public Extracted extract(Path dir, CorpusOptions options, IntConsumer progress) {
        Extraction x = extractAll(sink -> Corpus.scan(dir, options, sink::accept), progress);
        List<Event> events = new ArrayList<>();
        List<UnlocatedEvent> unlocated = new ArrayList<>();
        for (Analysis.Entry e : x.entries()) {
            for (Event ev : e.events()) if (!rejected(ev)) events.add(ev);
            unlocated.addAll(e.unlocated());
        }
        return new Extracted(x.entries().size(), events, unlocated, x.problems());
    }

    /**
     * What {@link #extract(Path, CorpusOptions, IntConsumer)} found: how many articles, their events,
     * the events at places no source has, the problems.
     */
    public record Extracted(int articles, List<Event> events, List<UnlocatedEvent> unlocated, List<LoadProblem> problems) {
        public List<LoadProblem> skipped() {
            return problems.stream().filter(LoadProblem::skipped).toList();
        }
    }

    /** The analysis of a corpus already in memory (tests, small tools); texts stay in memory. */
    public Analysis of(Corpus corpus) {
        long t0 = System.nanoTime();
        Extraction x = extractAll(sink -> {
            for (Article a : corpus.articles()) sink.accept(a, new TextSource.Kept(a.text()));
            return corpus.problems();
        }, n -> { });
        return build(x, t0, System.nanoTime());
    }

    /** Every event of these articles, extracted on all cores, in the order of the articles. */
    public List<Event> extract(List<Article> articles) {
        Extraction x = extractAll(sink -> {
            for (Article a : articles) sink.accept(a, new TextSource.Kept(a.text()));
            return List.of();
        }, n -> { });
        // Keep the given order, not the id order of a corpus.
        Map<String, Analysis.Entry> byId = new HashMap<>();
        for (Analysis.Entry e : x.entries()) byId.put(e.info().id(), e);
        List<Event> out = new ArrayList<>();
        for (Article a : articles) out.addAll(byId.get(a.id()).extracted());
        return out;
    }

    /** The analysis with one more article (or a new version of one already there, by id). */
    public Analysis add(Analysis before, Article article, TextSource source) {
        return change(before, Set.of(article.id()), List.of(entry(article, source)), before.problems());
    }

    /**
     * Readies a freshly opened analysis for changes, as a server needs before it serves: builds now
     * what would otherwise be built on first use, on the request of the first posts or by a
     * background thread racing them (the sorted text hashes of the duplicate check, the frame
     * summaries, every change feature, drawn on all threads), then rehearses a post: the places
     * with the most reports each lose one of their articles and get it back, read again, and the
     * layer of its date is drawn. The rehearsal's analyses are thrown away (nothing here changes
     * what {@code opened} serves), but the code a post runs is then compiled by the JIT and no
     * longer interpreted, which made the first posts after an open several times slower than the
     * later ones. The time is counted in the stages ({@code prepare}).
     *
     * @return the same analysis, with the time this took in its {@link Analysis#stages}
     */
    public Analysis prepareForChanges(Analysis opened) {
        long t0 = System.nanoTime(), c0 = cpuNow();
        java.util.concurrent.atomic.AtomicLong workCpu = new java.util.concurrent.atomic.AtomicLong();
        opened.textHashes();
        opened.allEvents();
        Layers layers = opened.layers();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "saytara-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int p = 0; p < threads; p++) {
                int part = p;
                parts.add(pool.submit(() -> {
                    long c = cpuNow();
                    layers.drawChanges(part, threads);
                    workCpu.addAndGet(cpuNow() - c);
                }));
            }
            layers.frameSummaries();
            for (Future<?> f : parts) f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing the changes failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the changes", e);
        } finally {
            pool.shutdownNow();
        }
        rehearse(opened);
        long ms = (System.nanoTime() - t0) / 1_000_000, cpuMs = (cpuNow() - c0 + workCpu.get()) / 1_000_000;
        return opened.withStages(opened.stages().withPrepare(ms, cpuMs));
    }

    /** How many of the most reported places {@link #prepareForChanges} rehearses a post at. */
    private static final int REHEARSED_PLACES = 3;

    /**
     * Takes an article out of each of the most reported places and puts it back, read again from
     * its source, and draws the layer of its date; the results are dropped. The article is the
     * one three quarters of the way through the place's reports (corpus order is by id, which
     * starts with the date), so the rehearsal resolves again a good stretch of a long history, as
     * a post dated in the past does.
     */
    private void rehearse(Analysis opened) {
        List<Map.Entry<String, List<Event>>> places = new ArrayList<>(opened.eventsByPlace().entrySet());
        places.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        for (Map.Entry<String, List<Event>> place : places.subList(0, Math.min(REHEARSED_PLACES, places.size()))) {
            List<Event> events = place.getValue();
            Event pick = events.get(events.size() * 3 / 4);
            int i = Analysis.indexOf(opened.entries(), pick.article());
            if (i < 0) continue;
            Analysis.Entry entry = opened.entries().get(i);
            Analysis.Entry again;
            try {
                Extractor.ArticleEvents read = extractor.read(entry.info().load());
                again = processed(entry.info(), read.events(), read.unlocated());
            } catch (java.io.IOException | RuntimeException e) {
                // The file changed or went since it was read: no rehearsal with it (the watcher will tell).
                continue;
            }
            Analysis without = change(opened, Set.of(entry.info().id()), List.of(), opened.problems());
            Analysis back = change(without, Set.of(), List.of(again), opened.problems());
            LocalDate date = pick.date() != null ? pick.date() : pick.dateMin();
            if (date != null) {
                // As the server sends it: the pieces read out in blocks.
                try {
                    back.layers().collectionPieces(date, Set.of()).inputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    /** The analysis without this article; the same one when there is none with that id. */
    public Analysis remove(Analysis before, String articleId) {
        if (before.article(articleId) == null) return before;
        return change(before, Set.of(articleId), List.of(), before.problems());
    }

    /**
     * The analysis with some files of the corpus folder read again, alone: the articles they held
     * go, those they hold now come in (a deleted file just goes). A {@code NAME.json} sidecar
     * stands for its {@code NAME.txt}.
     *
     * @return null when the change cannot be made alone with the same result as a full open (a
     *         new file holding an id that another file already has): open the folder again then
     */
    public Analysis replaceFiles(Analysis before, Path dir, CorpusOptions options, Set<String> fileNames) {
        Set<String> files = new HashSet<>();
        for (String name : fileNames) files.add(name.endsWith(".json") ? name.substring(0, name.length() - 5) + ".txt" : name);
        Predicate<String> wanted = name -> files.contains(name)
                || (name.endsWith(".json") && files.contains(name.substring(0, name.length() - 5) + ".txt"));
        Set<String> gone = new HashSet<>();
        for (ArticleInfo a : before.articles()) if (files.contains(fileOf(a.origin()))) gone.add(a.id());
        Extraction x = extractAll(sink -> Corpus.scan(dir, options, wanted, sink::accept), n -> { });
        for (Analysis.Entry e : x.entries()) {
            if (before.article(e.info().id()) != null && !gone.contains(e.info().id())) return null;
            // The same text as an article kept: which copy counts depends on file order, as a full open decides it.
            ArticleInfo same = before.sameText(e.info().textHash(), e.info().published()).orElse(null);
            if (same != null && !gone.contains(same.id())) return null;
        }
        List<LoadProblem> problems = new ArrayList<>();
        for (LoadProblem p : before.problems()) if (!files.contains(p.file()) && !wanted.test(p.file())) problems.add(p);
        problems.addAll(x.problems());
        return change(before, gone, x.entries(), problems);
    }

    /** Runs the {@link EventProcessor} again over every article's extracted events, and lays its pins again. */
    public Analysis reprocess(Analysis before) {
        List<Analysis.Entry> entries = new ArrayList<>(before.entries().size());
        for (Analysis.Entry e : before.entries()) entries.add(processed(e.info(), e.extracted(), e.unlocated()));
        long now = System.nanoTime();
        return build(new Extraction(entries, before.problems(), 0, 0, 0), now, now);
    }

    /**
     * Runs the {@link EventProcessor} again over the extracted events of these articles only (a
     * review of one of their events was written) and lays its pins again (a pin was set or taken
     * off: then no article need be named). Only the places those articles' events name, before or
     * after, and the places whose pins changed are planned again, as for an added article.
     */
    public Analysis reprocess(Analysis before, Set<String> articleIds) {
        List<Analysis.Entry> again = new ArrayList<>(articleIds.size());
        for (String id : new java.util.TreeSet<>(articleIds)) {
            int i = Analysis.indexOf(before.entries(), id);
            if (i < 0) continue;
            Analysis.Entry e = before.entries().get(i);
            Analysis.Entry next = processed(e.info(), e.extracted(), e.unlocated());
            if (next.digestHi() != e.digestHi() || next.digestLo() != e.digestLo()) again.add(next);
        }
        return change(before, Set.of(), again, before.problems());
    }

    /** True when an analyst rejected the event: kept, listed when asked for, left off the map. */
    static boolean rejected(Event e) {
        return e.review() != null && e.review().rejected();
    }

    /** The file an origin names ({@code a.jsonl:12} → {@code a.jsonl}). */
    static String fileOf(String origin) {
        if (origin == null) return "";
        int colon = origin.lastIndexOf(':');
        return colon > 0 && origin.substring(0, colon).endsWith(".jsonl") ? origin.substring(0, colon) : origin;
    }

    private interface Source {
        List<LoadProblem> feed(Sink sink);
    }

    private interface Sink {
        void accept(Article article, TextSource source);
    }

    private record Extraction(List<Analysis.Entry> entries, List<LoadProblem> problems, long readNanos, long readCpuNanos,
                              long extractCpuNanos) {}

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpuNow() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0;
    }

    /**
     * Feeds the articles of a source to a pool of extractors. The source runs on this thread; at
     * most a few articles per thread wait in memory, so a huge corpus never sits there whole.
     */
    private Extraction extractAll(Source source, IntConsumer progress) {
        List<Future<Analysis.Entry>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong workCpu = new java.util.concurrent.atomic.AtomicLong();
        long readCpu0 = cpuNow();
        Semaphore inFlight = new Semaphore(threads * 8);
        long[] waited = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "saytara-extract");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        List<LoadProblem> problems;
        try {
            problems = source.feed((article, text) -> {
                long w = System.nanoTime();
                inFlight.acquireUninterruptibly();
                waited[0] += System.nanoTime() - w;
                futures.add(pool.submit(() -> {
                    long c0 = cpuNow();
                    try {
                        return entry(article, text);
                    } finally {
                        workCpu.addAndGet(cpuNow() - c0);
                        inFlight.release();
                        int n = done.incrementAndGet();
                        if (n % 1000 == 0) progress.accept(n);
                    }
                }));
            });
            long readNanos = System.nanoTime() - start - waited[0];
            long readCpuNanos = cpuNow() - readCpu0;
            List<Analysis.Entry> entries = new ArrayList<>(futures.size());
            for (Future<Analysis.Entry> f : futures) {
                try {
                    entries.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while extracting", e);
                }
            }
            entries.sort((a, b) -> a.info().id().compareTo(b.info().id()));
            return new Extraction(entries, problems, readNanos, readCpuNanos, readCpuNanos + workCpu.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private Analysis.Entry entry(Article article, TextSource source) {
        Extractor.ArticleEvents read = extractor.read(article);
        return processed(ArticleInfo.of(article, source), read.events(), read.unlocated());
    }

    private Analysis.Entry processed(ArticleInfo info, List<Event> extracted, List<UnlocatedEvent> unlocated) {
        List<Event> events = List.copyOf(processor.process(info, extracted));
        long[] d = digest(info, events);
        return new Analysis.Entry(info, extracted, events, unlocated, d[0], d[1]);
    }

    /** 128 bits of SHA-256 over an article's metadata, text hash and processed events. */
    private static long[] digest(ArticleInfo a, List<Event> events) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {a.id(), a.title(), a.outlet(), a.url(), Objects.toString(a.published(), null),
                    a.language(), Long.toHexString(a.textHash()), Integer.toString(a.chars())}) {
                update(sha, s);
            }
            // Records print every component, so this covers each field of each event.
            for (Event e : events) update(sha, e.toString());
            byte[] d = sha.digest();
            long hi = 0, lo = 0;
            for (int i = 0; i < 8; i++) hi = (hi << 8) | (d[i] & 0xFF);
            for (int i = 8; i < 16; i++) lo = (lo << 8) | (d[i] & 0xFF);
            return new long[] {hi, lo};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        if (s != null) sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) (s == null ? 1 : 0));
    }

    /** A whole analysis from entries sorted by id. */
    private Analysis build(Extraction x, long t0, long t1) {
        List<Analysis.Entry> entries = x.entries();
        long c1 = cpuNow();
        List<Event> events = new ArrayList<>();
        List<Event> rejected = new ArrayList<>();
        Map<String, List<Event>> byPlace = new LinkedHashMap<>();
        long hi = 0, lo = 0;
        boolean byArticle = true;
        for (Analysis.Entry e : entries) {
            for (Event ev : e.events()) {
                byArticle &= e.info().id().equals(ev.article());
                if (rejected(ev)) {
                    rejected.add(ev);
                    continue;
                }
                events.add(ev);
                if (ev.place() != null && ev.place().id() != null) byPlace.computeIfAbsent(ev.place().id(), k -> new ArrayList<>()).add(ev);
            }
            long[] sum = add128(hi, lo, e.digestHi(), e.digestLo());
            hi = sum[0];
            lo = sum[1];
        }
        byPlace.replaceAll((k, v) -> List.copyOf(v));
        Timeline timeline = Timeline.empty(parentOf, profile.actors()).update(byPlace).withPins(processor.pins());
        long t2 = System.nanoTime(), c2 = cpuNow();
        Layers layers = Layers.of(timeline, events, profile, gazetteer);
        List<java.time.LocalDate> frames = timeline.frames();
        if (!frames.isEmpty()) layers.collection(frames.get(frames.size() - 1), Set.of());
        long t3 = System.nanoTime(), c3 = cpuNow();
        Analysis.Stages stages = new Analysis.Stages(x.readNanos() / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, threads, x.readCpuNanos() / 1_000_000, x.extractCpuNanos() / 1_000_000,
                (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000, 0, 0);
        return new Analysis(entries, x.problems(), events, rejected, byPlace, timeline, layers, hi, lo, stages, byArticle);
    }

    /** The analysis with some articles gone and others in: only the places they name are planned again. */
    private Analysis change(Analysis before, Set<String> removedIds, List<Analysis.Entry> added, List<LoadProblem> problems) {
        List<Analysis.Entry> entries = Analysis.copy(before.entries(), added.size());
        // Every entry whose events leave or enter the lists, by id (a replaced one is in both).
        Map<String, Analysis.Entry> goneById = new HashMap<>(), addedById = new HashMap<>();
        List<ArticleInfo> goneInfos = new ArrayList<>(), addedInfos = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        List<Event> eventsChanged = new ArrayList<>();
        long hi = before.digestHi(), lo = before.digestLo();
        for (String id : removedIds) {
            int i = Analysis.indexOf(entries, id);
            if (i < 0) continue;
            Analysis.Entry gone = entries.remove(i);
            goneById.put(id, gone);
            goneInfos.add(gone.info());
            places(gone.events(), touched);
            eventsChanged.addAll(gone.events());
            long[] d = add128(hi, lo, -gone.digestHi() - (gone.digestLo() != 0 ? 1 : 0), -gone.digestLo());
            hi = d[0];
            lo = d[1];
        }
        Set<String> newIds = new HashSet<>();
        for (Analysis.Entry e : added) {
            int i = Analysis.indexOf(entries, e.info().id());
            if (i >= 0) {
                Analysis.Entry gone = entries.set(i, e);
                goneById.put(gone.info().id(), gone);
                goneInfos.add(gone.info());
                places(gone.events(), touched);
                eventsChanged.addAll(gone.events());
                long[] d = add128(hi, lo, -gone.digestHi() - (gone.digestLo() != 0 ? 1 : 0), -gone.digestLo());
                hi = d[0];
                lo = d[1];
            } else {
                entries.add(-i - 1, e);
            }
            newIds.add(e.info().id());
            addedById.put(e.info().id(), e);
            addedInfos.add(e.info());
            places(e.events(), touched);
            eventsChanged.addAll(e.events());
            long[] d = add128(hi, lo, e.digestHi(), e.digestLo());
            hi = d[0];
            lo = d[1];
        }
        boolean byArticle = before.eventsByArticle() && ownEvents(goneById.values()) && ownEvents(addedById.values());
        List<Event> events, rejected;
        if (byArticle) {
            // The lists are sorted by article: only the changed articles' stretches are cut out and
            // put back, instead of walking all the entries (a walk of 100,000 was most of a POST).
            Set<String> ids = new java.util.TreeSet<>(goneById.keySet());
            ids.addAll(addedById.keySet());
            events = splice(before.events(), ids, addedById, false);
            rejected = splice(before.rejected(), ids, addedById, true);
        } else {
            events = new ArrayList<>(before.events().size() + 16);
            rejected = new ArrayList<>();
            for (Analysis.Entry e : entries) {
                for (Event ev : e.events()) {
                    if (rejected(ev)) rejected.add(ev);
                    else events.add(ev);
                }
            }
        }
        Map<String, List<Event>> byPlace = new HashMap<>(before.eventsByPlace());
        Map<String, List<Event>> changed = new HashMap<>();
        Set<String> changedArticles = new HashSet<>(removedIds);
        changedArticles.addAll(newIds);
        for (String place : touched) {
            List<Event> list = new ArrayList<>();
            for (Event e : before.eventsAt(place)) if (!changedArticles.contains(e.article())) list.add(e);
            List<Event> fresh = new ArrayList<>();
            for (Analysis.Entry e : added) for (Event ev : e.events()) if (place.equals(placeId(ev)) && !rejected(ev)) fresh.add(ev);
            List<Event> merged = List.copyOf(mergeByArticle(list, fresh));
            changed.put(place, merged);
            if (merged.isEmpty()) byPlace.remove(place);
            else byPlace.put(place, merged);
        }
        Timeline timeline = before.timeline().update(changed).withPins(processor.pins());
        Layers layers = timeline == before.timeline() && eventsChanged.isEmpty() ? before.layers()
                : before.layers().update(timeline, events, eventsChanged);
        Analysis next = new Analysis(entries, problems, events, rejected, byPlace, timeline, layers, hi, lo, before.stages(),
                byArticle);
        next.inheritTextHashes(before, goneInfos, addedInfos);
        return next;
    }

    /** True when each of these entries' events names the entry's own article. */
    private static boolean ownEvents(Collection<Analysis.Entry> entries) {
        for (Analysis.Entry e : entries) {
            for (Event ev : e.events()) if (!e.info().id().equals(ev.article())) return false;
        }
        return true;
    }

    /**
     * A list sorted by article (events or rejected events) with the events of the articles
     * {@code ids} (sorted) taken out, and those {@code added} holds for them put in their place:
     * the rejected ones when {@code wantRejected}, else the others. Copies the stretches between
     * in bulk, so it costs a copy of the array and a bisection per article.
     */
    private static List<Event> splice(List<Event> before, Set<String> ids, Map<String, Analysis.Entry> added,
                                      boolean wantRejected) {
        List<Event> out = new ArrayList<>(before.size() + 16);
        int from = 0;
        for (String id : ids) {
            int lo = firstOfArticle(before, id, from);
            int hi = lo;
            while (hi < before.size() && id.equals(before.get(hi).article())) hi++;
            out.addAll(before.subList(from, lo));
            Analysis.Entry e = added.get(id);
            if (e != null) for (Event ev : e.events()) if (rejected(ev) == wantRejected) out.add(ev);
            from = hi;
        }
        out.addAll(before.subList(from, before.size()));
        return out;
    }

    /** The first index at or after {@code from} whose event's article is not before {@code id}. */
    private static int firstOfArticle(List<Event> events, String id, int from) {
        int lo = from, hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).article().compareTo(id) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static String placeId(Event e) {
        return e.place() == null ? null : e.place().id();
    }

    private static void places(Collection<Event> events, Set<String> into) {
        for (Event e : events) if (placeId(e) != null) into.add(placeId(e));
    }

    /** Two lists in corpus order merged into one: an article's events stay together, articles by id. */
    private static List<Event> mergeByArticle(List<Event> a, List<Event> b) {
        if (b.isEmpty()) return a;
        List<Event> out = new ArrayList<>(a.size() + b.size());
        int i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).article().compareTo(b.get(j).article()) <= 0) out.add(a.get(i++));
            else out.add(b.get(j++));
        }
        while (i < a.size()) out.add(a.get(i++));
        while (j < b.size()) out.add(b.get(j++));
        return out;
    }

    /** 128-bit addition: the digest of a set is the sum of its members', so it does not depend on their order. */
    private static long[] add128(long hi, long lo, long bHi, long bLo) {
        long l = lo + bLo;
        long carry = Long.compareUnsigned(l, lo) < 0 ? 1 : 0;
        return new long[] {hi + bHi + carry, l};
    }
}
