package org.saytara.pipeline;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.saytara.corpus.ArticleInfo;
import org.saytara.corpus.LoadProblem;
import org.saytara.extract.Event;
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
    record Entry(ArticleInfo info, List<Event> extracted, List<Event> events, long digestHi, long digestLo) {}

    private final List<Entry> entries;
    private final List<LoadProblem> problems;
    private final List<Event> events;
    private final Map<String, List<Event>> eventsByPlace;
    private final Timeline timeline;
    private final Layers layers;
    private final long digestHi, digestLo;
    private final Stages stages;

    Analysis(List<Entry> entries, List<LoadProblem> problems, List<Event> events, Map<String, List<Event>> eventsByPlace,
             Timeline timeline, Layers layers, long digestHi, long digestLo, Stages stages) {
        this.entries = Collections.unmodifiableList(entries);
        this.problems = List.copyOf(problems);
        this.events = Collections.unmodifiableList(events);
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
     * {@code layers} includes drawing the latest frame.
     */
    public record Stages(long readMs, long extractMs, long timelineMs, long layersMs, int threads,
                         long readCpuMs, long extractCpuMs, long timelineCpuMs, long layersCpuMs) {
        static final Stages NONE = new Stages(0, 0, 0, 0, 0, 0, 0, 0, 0);
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

    /** The events of one article as processed (what the map shows), in text order. */
    public List<Event> eventsOfArticle(String id) {
        int i = indexOf(entries, id);
        return i < 0 ? List.of() : entries.get(i).events();
    }

    /** The events of one article as the extractor read them, before the {@link EventProcessor}. */
    public List<Event> extractedEventsOfArticle(String id) {
        int i = indexOf(entries, id);
        return i < 0 ? List.of() : entries.get(i).extracted();
    }

    /** Every processed event, in corpus order (articles by id, then text order). */
    public List<Event> events() {
        return events;
    }

    /** The processed events naming a place, in corpus order. */
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

    static List<Entry> copy(List<Entry> entries) {
        return new ArrayList<>(entries);
    }
}
