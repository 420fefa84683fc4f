package org.saytara.pipeline;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.saytara.extract.EventIds;
import org.saytara.corpus.ArticleInfo;
import org.saytara.corpus.LoadProblem;
import org.saytara.extract.Event;
import org.saytara.extract.UnlocatedEvent;
import org.saytara.layers.Layers;
import org.saytara.timeline.Timeline;

/**
 * What the pipeline made of a corpus at one moment: every article (metadata and where its text
 * lies, not the text), its events as extracted and as processed, the timeline and the layers.
 * Immutable; {@link Pipeline#add} and {@link Pipeline#remove} make a new one that shares with this
 * one everything the change does not touch.
 */
public final class Analysis {
    /** One article and what was read from it. {@code digest} covers its metadata, text and events. */
    record Entry(ArticleInfo info, List<Event> extracted, List<Event> events, List<UnlocatedEvent> unlocated,
                 long digestHi, long digestLo) {}

    private final List<Entry> entries;
    private final List<LoadProblem> problems;
    private final List<Event> events;
    private final List<Event> rejected;
    private volatile List<Event> allEvents;
    private volatile SortedLongs textHashes;
    private final Map<String, List<Event>> eventsByPlace;
    private final Timeline timeline;
    private final Layers layers;
    private final long digestHi, digestLo;
    private final Stages stages;
    /**
     * True when every event's {@code article} is the id of the entry holding it, so that
     * {@link #events} and {@link #rejected} are sorted by article id and an update can splice an
     * article's events in and out by bisection instead of walking every entry.
     */
    private final boolean eventsByArticle;

    Analysis(List<Entry> entries, List<LoadProblem> problems, List<Event> events, List<Event> rejected,
             Map<String, List<Event>> eventsByPlace, Timeline timeline, Layers layers, long digestHi, long digestLo, Stages stages,
             boolean eventsByArticle) {
        this.eventsByArticle = eventsByArticle;
        this.entries = Collections.unmodifiableList(entries);
        this.problems = List.copyOf(problems);
        this.events = Collections.unmodifiableList(events);
        this.rejected = Collections.unmodifiableList(rejected);
        this.eventsByPlace = Collections.unmodifiableMap(eventsByPlace);
        this.timeline = timeline;
        this.layers = layers;
        this.digestHi = digestHi;
        this.digestLo = digestLo;
        this.stages = stages;
    }

    /**
     * How long each stage of the last full open took, in milliseconds of wall time and of CPU time
     * (the CPU time does not grow when other programs share the cores). {@code read} is the time
     * the reading thread was busy (it overlaps extraction, which runs on the other threads);
     * {@code extract} the wall time of reading and extracting, its CPU time summed over threads;
     * {@code layers} includes drawing the latest frame; {@code prepare} is what a server does
     * before it serves, so that its first posts cost what later ones do
     * ({@link Pipeline#prepareForChanges}; 0 when not done).
     */
    public record Stages(long readMs, long extractMs, long timelineMs, long layersMs, int threads,
                         long readCpuMs, long extractCpuMs, long timelineCpuMs, long layersCpuMs,
                         long prepareMs, long prepareCpuMs) {
        static final Stages NONE = new Stages(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Stages withPrepare(long ms, long cpuMs) {
            return new Stages(readMs, extractMs, timelineMs, layersMs, threads, readCpuMs, extractCpuMs, timelineCpuMs,
                    layersCpuMs, ms, cpuMs);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** Every article, sorted by id. */
    public List<ArticleInfo> articles() {
        return new AbstractList<>() {
            @Override
            public ArticleInfo get(int index) {
                return entries.get(index).info();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** The article with this id, or null. */
    public ArticleInfo article(String id) {
        int i = indexOf(entries, id);
        return i < 0 ? null : entries.get(i).info();
    }

    /** The events of one article as processed (reviewed), the rejected ones included (marked), in text order. */
    public List<Event> eventsOfArticle(String id) {
        int i = indexOf(entries, id);
        return i < 0 ? List.of() : entries.get(i).events();
    }

    /** The events of one article as the extractor read them, before the {@link EventProcessor}. */
    public List<Event> extractedEventsOfArticle(String id) {
        int i = indexOf(entries, id);
        return i < 0 ? List.of() : entries.get(i).extracted();
    }

    /** Every processed event the map shows (rejected ones left out), in corpus order (articles by id, then text order). */
    public List<Event> events() {
        return events;
    }

    /**
     * The events at places no source of the gazetteer has, in corpus order: kept with the words
     * that named the place, for an analyst to add it; never on the map.
     */
    public List<UnlocatedEvent> unlocated() {
        List<UnlocatedEvent> out = new ArrayList<>();
        for (Entry e : entries) out.addAll(e.unlocated());
        return out;
    }

    /** The events an analyst rejected, marked so, in corpus order: in nothing but lists that ask for them. */
    public List<Event> rejected() {
        return rejected;
    }

    /** Every processed event, the rejected ones included (marked), in corpus order; built when first asked for. */
    public List<Event> allEvents() {
        if (rejected.isEmpty()) return events;
        List<Event> all = allEvents;
        if (all == null) {
            List<Event> out = new ArrayList<>(events.size() + rejected.size());
            for (Entry e : entries) out.addAll(e.events());
            all = allEvents = Collections.unmodifiableList(out);
        }
        return all;
    }

    /**
     * An event by id, as processed (a rejected one included, marked), or null when no article
     * holds it now. Looked up among its article's events only ({@link EventIds#articleIdsOf}).
     */
    public Event event(String id) {
        if (id == null) return null;
        for (String articleId : EventIds.articleIdsOf(id)) {
            for (Event e : eventsOfArticle(articleId)) if (e.id().equals(id)) return e;
        }
        return null;
    }

    /**
     * An article holding the text with this hash ({@link ArticleInfo#textHash}) as the same report
     * ({@link ArticleInfo#sameReport}): a posted or copied text already here counts once.
     */
    public Optional<ArticleInfo> sameText(long textHash, LocalDate published) {
        SortedLongs hashes = textHashes();
        if (!hashes.contains(textHash)) return Optional.empty();
        for (Entry e : entries) {
            ArticleInfo a = e.info();
            if (a.textHash() == textHash && ArticleInfo.sameReport(a.published(), published)) return Optional.of(a);
        }
        return Optional.empty();
    }

    /** The sorted text hashes of every article, built on first use (a server builds them while opening). */
    SortedLongs textHashes() {
        SortedLongs hashes = textHashes;
        if (hashes == null) {
            long[] all = new long[entries.size()];
            for (int i = 0; i < all.length; i++) all[i] = entries.get(i).info().textHash();
            hashes = textHashes = SortedLongs.of(all);
        }
        return hashes;
    }

    /** The same analysis with other stage times (the text hashes, when built, go along). */
    Analysis withStages(Stages next) {
        Analysis a = new Analysis(entries, problems, events, rejected, eventsByPlace, timeline, layers, digestHi, digestLo, next,
                eventsByArticle);
        a.textHashes = textHashes;
        a.allEvents = allEvents;
        return a;
    }

    /**
     * Carries the sorted text hashes of {@code before} over to this analysis, which differs from it
     * by these articles gone and added, when {@code before} had them: a POST then costs a copy of
     * a block of them, not a sort of them all.
     */
    void inheritTextHashes(Analysis before, List<ArticleInfo> gone, List<ArticleInfo> added) {
        SortedLongs out = before.textHashes;
        if (out == null) return;
        for (ArticleInfo a : gone) {
            out = out.minus(a.textHash());
            if (out == null) return;
        }
        for (ArticleInfo a : added) out = out.plus(a.textHash());
        if (out.size() == entries.size()) textHashes = out;
    }

    /** The same analysis with more problems listed first (what a start-up repair of the folder did). */
    public Analysis withProblemsFirst(List<LoadProblem> more) {
        if (more.isEmpty()) return this;
        List<LoadProblem> all = new ArrayList<>(more);
        all.addAll(problems);
        Analysis a = new Analysis(entries, all, events, rejected, eventsByPlace, timeline, layers, digestHi, digestLo, stages,
                eventsByArticle);
        a.textHashes = textHashes;
        return a;
    }

    /** The processed events naming a place, in corpus order, rejected ones left out. */
    public List<Event> eventsAt(String placeId) {
        return eventsByPlace.getOrDefault(placeId, List.of());
    }

    Map<String, List<Event>> eventsByPlace() {
        return eventsByPlace;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** Problems that cost an article (or a jsonl line). */
    public List<LoadProblem> skipped() {
        return problems.stream().filter(LoadProblem::skipped).toList();
    }

    public Timeline timeline() {
        return timeline;
    }

    public Layers layers() {
        return layers;
    }

    public Stages stages() {
        return stages;
    }

    /**
     * A digest of every article's metadata, text and events, independent of the order they were
     * added in: the same files give the same digest however the analysis was reached.
     */
    public String digest() {
        return String.format("%016x%016x", digestHi, digestLo);
    }

    long digestHi() {
        return digestHi;
    }

    long digestLo() {
        return digestLo;
    }

    boolean eventsByArticle() {
        return eventsByArticle;
    }

    /** Index of the entry with this id in the id-sorted list, or -(insertion point) - 1. */
    static int indexOf(List<Entry> entries, String id) {
        int lo = 0, hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = entries.get(mid).info().id().compareTo(id);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    /**
     * A copy to change, with room for {@code more} entries: growing it would copy the array again
     * (and at 100,000 entries the grown array is large enough for G1 to allocate it as humongous).
     */
    static List<Entry> copy(List<Entry> entries, int more) {
        List<Entry> out = new ArrayList<>(entries.size() + more);
        out.addAll(entries);
        return out;
    }
}
