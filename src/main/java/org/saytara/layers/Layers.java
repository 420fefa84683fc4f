package org.saytara.layers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Profile;
import org.saytara.extract.Side;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.geo.GeoJson;
import org.saytara.geo.Line;
import org.saytara.geo.LonLat;
import org.saytara.geo.Region;
import org.saytara.geo.Shape;
import org.saytara.geo.Tessellation;
import org.saytara.geo.Utf8Pieces;
import org.saytara.timeline.Control;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;
import org.saytara.timeline.Timeline;

/**
 * The map layers of a timeline, for any date, as RFC 7946 GeoJSON. Immutable and thread-safe.
 *
 * <p>Everything that does not depend on the date (each place's feature for each of its periods,
 * each event's feature, the cells each place can reach on the territory map) is built once, here.
 * A collection for a date then joins those strings and colours the territory map ({@link Territory}):
 * each side's cells dissolved into one MultiPolygon, each contested place's cells into its own, and
 * front lines where two sides' cells meet. Built collections are cached: the places, areas and
 * fronts layers change only where some period starts or ends, the changes layer only where some
 * event's date window starts or ends, so dates between two such boundaries share one cached
 * string (and one ETag upstream).
 */
public final class Layers {
    /** About 128 MB of cached layer bodies at most (counted whole, though their pieces are shared). */
    private static final long CACHE_BYTES = 128L << 20;

    /**
     * A place's date-independent parts: its point feature for each period. Shared by every later
     * {@code Layers} whose timeline kept the same history for the place.
     */
    private record PlaceEntry(PlaceHistory history, LocalDate[] starts, byte[][] pointFeatures, byte[] unknownFeature) {
        /** Index of the period covering the date, or -1. */
        int periodAt(LocalDate date) {
            int i = Arrays.binarySearch(starts, date);
            if (i < 0) i = -i - 2;
            if (i < 0) return -1;
            return history.periods().get(i).covers(date) ? i : -1;
        }
    }

    /** The last outline drawn for a side, by its cells: neighbouring frames mostly share it. */
    static final class Dissolved {
        final int[] cells;
        final Region region;
        private volatile byte[] geometry;
        /** The properties last written for a feature of this outline, and what they were written from. */
        private volatile Tail tail;

        Dissolved(int[] cells, Region region) {
            this.cells = cells;
            this.region = region;
        }

        /**
         * The outline as a GeoJSON geometry in UTF-8, written once: a side's outline has thousands
         * of vertices, and every frame until its cells change again (often hundreds) shows it.
         */
        byte[] geometry() {
            byte[] g = geometry;
            if (g == null) geometry = g = GeoJson.geometry(region.shape()).getBytes(StandardCharsets.UTF_8);
            return g;
        }

        /**
         * The feature of this outline with the properties {@code write} gives, as pieces: the
         * outline is not copied, and the properties are written again only when {@code key}
         * differs from the last key asked for ({@link Object#equals}). A key must determine the
         * properties (with the outline, which gives the area).
         */
        Utf8Pieces feature(Object key, java.util.function.Supplier<Map<String, Object>> write) {
            Tail t = tail;
            if (t == null || !t.key.equals(key)) tail = t = new Tail(key, GeoJson.featureTail(write.get()));
            return new Utf8Pieces.Builder(3).add(GeoJson.featureHead()).add(geometry()).add(t.bytes).build();
        }
    }

    private record Tail(Object key, byte[] bytes) {}

    /**
     * The key of a contested place's area properties: the history and the period themselves, by
     * identity, as a place's features are kept ({@link #entry}): a history that changed is another
     * object, and so is one whose events were reviewed.
     */
    private record ContestedKey(PlaceHistory history, Period period) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ContestedKey k && k.history == history && k.period == period;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(history) * 31 + System.identityHashCode(period);
        }
    }

    /** One coloured part of the territory map on a date: a side's cells, or one contested place's. */
    record AreaPart(Side side, int placeIndex, int[] cells, Dissolved outline, List<String> placeIds) {
        Region region() {
            return outline.region;
        }
    }

    /** Where two sides' territories meet; {@code a} before {@code b} by code. */
    record FrontPart(Side a, Side b, Line line) {}

    /** The territory map of a stretch of dates between two control boundaries. */
    record TerritoryFrame(List<AreaPart> areas, List<FrontPart> fronts, int[] governor, Period[] states) {}

    /**
     * An event drawn as a change from the first to the last day of its date window. Its feature is
     * rendered the first time a date asks for it, then kept (and shared with later layers while
     * the event stays): a large archive has tens of thousands, most never drawn.
     */
    private static final class ChangeEntry {
        final Event event;
        final LonLat at;
        final LocalDate from, to;
        /** {@code from} and the day after {@code to} as epoch days: the change boundaries, counted on every update. */
        final long fromDay, endDay;
        private volatile byte[] feature;

        private final English english;
        private final Arabic arabic;

        ChangeEntry(Event event, LonLat at, LocalDate from, LocalDate to, English english, Arabic arabic) {
            this.english = english;
            this.arabic = arabic;
            this.event = event;
            this.at = at;
            this.from = from;
            this.to = to;
            this.fromDay = from.toEpochDay();
            this.endDay = to.toEpochDay() + 1;
        }

        byte[] feature() {
            byte[] f = feature;
            if (f == null) {
                f = feature = GeoJson.feature(Shape.point(at), Features.change(event, english, arabic)).getBytes(StandardCharsets.UTF_8);
            }
            return f;
        }
    }

    private final List<PlaceEntry> places;
    private final List<ChangeEntry> changes;
    private final List<Event> events;
    private final Timeline timeline;
    private final Territory territory;
    /** Whether the territory's cells are the gazetteer's (else cut around the timeline's own places). */
    private final boolean gazetteerCells;
    private final LocalDate[] controlBoundaries;
    private final LocalDate[] changeBoundaries;
    private volatile List<FrameSummary> summaries;
    private final BoundedCache<Utf8Pieces> cache = new BoundedCache<>(CACHE_BYTES, Utf8Pieces::length);
    private static final java.util.concurrent.atomic.AtomicLong GENERATIONS = new java.util.concurrent.atomic.AtomicLong();
    /** This instance, and the one it was updated from (0: none), told apart without holding on to it. */
    private final long generation = GENERATIONS.incrementAndGet();
    private final long previousGeneration;
    /** Dates whose collections differ from those of the layers this one was updated from; null = all. */
    private final DateRanges changedSincePrevious;
    private final Map<String, AtomicReference<Dissolved>> lastOutlines = new ConcurrentHashMap<>();
    private final Map<LocalDate, TerritoryFrame> territoryFrames = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<LocalDate, TerritoryFrame> eldest) {
                    return size() > 64;
                }
            });
    private final Profile profile;
    private final English english;
    private final Arabic arabic;
    private volatile String timelineJson;
    private volatile String csv;
    private volatile Catalog catalog;

    private Layers(Timeline timeline, List<Event> events, Profile profile, Cells cells, Layers previous,
                   Collection<Event> eventsChanged) {
        this.timeline = timeline;
        this.profile = profile;
        boolean sameProfile = previous != null && previous.profile == profile;
        this.english = sameProfile ? previous.english : new English(profile.actors());
        this.arabic = sameProfile ? previous.arabic : new Arabic(profile.actors());
        this.events = List.copyOf(events);

        List<PlaceHistory> drawable = timeline.histories().stream().filter(h -> position(h.place()) != null).toList();
        this.gazetteerCells = cells != null;
        Cells base = cells;
        if (base == null && previous != null && !previous.gazetteerCells && samePlaces(previous.places, drawable)) {
            // The same places as before: the same cells around them.
            base = previous.territory.base();
        }
        if (base == null) base = Cells.ofPlaces(drawable.stream().map(PlaceHistory::place).toList());
        this.territory = new Territory(base, drawable, previous == null ? null : previous.territory);

        Map<String, PlaceEntry> reusable = new HashMap<>();
        if (previous != null) for (PlaceEntry pe : previous.places) reusable.put(pe.history().place().id(), pe);
        List<PlaceEntry> ps = new ArrayList<>(drawable.size());
        TreeSet<LocalDate> control = new TreeSet<>();
        for (PlaceHistory h : drawable) {
            ps.add(entry(h, reusable.get(h.place().id())));
            for (Period p : h.periods()) {
                control.add(p.from());
                if (p.to() != null) control.add(p.to());
            }
        }
        this.places = List.copyOf(ps);

        // An event kept from the previous layers keeps its change entry (and the feature drawn).
        // Kept events come in the same order as before, so the previous entries are walked in step
        // with the events, skipping those of events that went; a map of every previous entry (tens
        // of thousands in a large archive, on every POST) is built only if an event is out of step.
        List<ChangeEntry> before = sameProfile ? previous.changes : List.of();
        Set<Event> changedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        changedSet.addAll(eventsChanged);
        Map<Event, ChangeEntry> drawn = null;
        int j = 0;
        List<ChangeEntry> cs = new ArrayList<>(before.size() + 16);
        long firstDay = Long.MAX_VALUE;
        for (Event e : this.events) {
            while (j < before.size() && before.get(j).event != e && changedSet.contains(before.get(j).event)) j++;
            if (j < before.size() && before.get(j).event == e) {
                ChangeEntry known = before.get(j++);
                cs.add(known);
                firstDay = Math.min(firstDay, known.fromDay);
                continue;
            }
            LonLat at = position(e.place());
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date();
            LocalDate to = e.dateMax() != null ? e.dateMax() : e.date();
            if (at == null || from == null || to == null) continue;
            if (!before.isEmpty() && !changedSet.contains(e)) {
                if (drawn == null) {
                    drawn = new java.util.IdentityHashMap<>();
                    for (ChangeEntry c : before) drawn.put(c.event, c);
                }
                ChangeEntry known = drawn.get(e);
                if (known != null) {
                    cs.add(known);
                    firstDay = Math.min(firstDay, known.fromDay);
                    continue;
                }
            }
            ChangeEntry c = new ChangeEntry(e, at, from, to, english, arabic);
            cs.add(c);
            firstDay = Math.min(firstDay, c.fromDay);
        }
        BitSet changeDays = new BitSet();
        for (ChangeEntry c : cs) {
            changeDays.set((int) (c.fromDay - firstDay));
            changeDays.set((int) (c.endDay - firstDay));
        }
        this.changes = List.copyOf(cs);
        this.controlBoundaries = control.toArray(LocalDate[]::new);
        LocalDate[] cuts = new LocalDate[changeDays.cardinality()];
        int k = 0;
        for (int d = changeDays.nextSetBit(0); d >= 0; d = changeDays.nextSetBit(d + 1)) cuts[k++] = LocalDate.ofEpochDay(firstDay + d);
        this.changeBoundaries = cuts;
        this.changedSincePrevious = previous == null ? null : changedSince(previous, eventsChanged);
        this.previousGeneration = previous == null ? 0 : previous.generation;
        // Outlines depend on nothing but the cells they dissolve: shared while the cells stay.
        if (previous != null && previous.territory.base() == territory.base()) lastOutlines.putAll(previous.lastOutlines);
    }

    private static boolean samePlaces(List<PlaceEntry> before, List<PlaceHistory> now) {
        if (before.size() != now.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            if (!before.get(i).history().place().equals(now.get(i).place())) return false;
        }
        return true;
    }

    /**
     * Where this layer's collections differ from the previous one's: where a changed place's
     * state (period) differs, and over the date windows of the events added or removed. Null (all
     * dates) when the territory's cells changed or a place appeared or went, since every
     * collection lists every place.
     */
    private DateRanges changedSince(Layers previous, Collection<Event> eventsChanged) {
        if (previous.territory.base() != territory.base() || previous.places.size() != places.size()
                || previous.profile != profile) {
            return null;
        }
        DateRanges dirty = new DateRanges();
        Set<String> changedIds = new java.util.HashSet<>();
        for (Event e : eventsChanged) changedIds.add(e.id());
        for (int i = 0; i < places.size(); i++) {
            PlaceEntry now = places.get(i), before = previous.places.get(i);
            if (now == before) continue;
            if (!now.history().place().id().equals(before.history().place().id())) return null;
            dirty.addDifferences(before.history().periods(), now.history().periods());
            // A period citing an event that changed (same id, new content) is drawn anew too.
            for (Period p : now.history().periods()) {
                for (String id : p.eventIds()) {
                    if (changedIds.contains(id)) {
                        dirty.add(p.from(), p.to());
                        break;
                    }
                }
            }
        }
        for (Event e : eventsChanged) {
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date();
            LocalDate to = e.dateMax() != null ? e.dateMax() : e.date();
            if (from != null && to != null && position(e.place()) != null) dirty.add(from, to.plusDays(1));
        }
        return dirty;
    }

    /**
     * True when these layers were updated from {@code previous} and the collection of this date is
     * the same in both, so a body rendered from those may be served for this one. (A date's
     * collection depends only on the places' states and the reports on that date: the territory
     * and fronts are coloured from the states of that date alone.)
     */
    public boolean unchangedSince(Layers previous, LocalDate date) {
        return previous != null && previous.generation == previousGeneration
                && changedSincePrevious != null && !changedSincePrevious.contains(date);
    }

    /** Each frame with the number of reports whose window holds it: a sweep over the frames, not a scan per frame. */
    private static List<FrameSummary> withReports(List<FrameSummary> frames, List<ChangeEntry> changes) {
        LocalDate[] dates = frames.stream().map(FrameSummary::date).toArray(LocalDate[]::new);
        int[] diff = new int[dates.length + 1];
        for (ChangeEntry c : changes) {
            int a = Arrays.binarySearch(dates, c.from);
            if (a < 0) a = -a - 1;
            int b = Arrays.binarySearch(dates, c.to);
            if (b < 0) b = -b - 2;
            if (a <= b) {
                diff[a]++;
                diff[b + 1]--;
            }
        }
        List<FrameSummary> out = new ArrayList<>(frames.size());
        int running = 0;
        for (int i = 0; i < dates.length; i++) {
            running += diff[i];
            out.add(frames.get(i).withReports(running));
        }
        return List.copyOf(out);
    }

    /**
     * The layers of a timeline; names and sides come from the profile the events were read with. The
     * territory is drawn on cells around the timeline's own places (tools and tests; the server uses
     * the gazetteer's cells).
     */
    public static Layers of(Timeline timeline, List<Event> events, Profile profile) {
        return new Layers(timeline, events, profile, null, null, List.of());
    }

    /** The layers of a timeline on cells already cut (benchmarks, tools). */
    static Layers of(Timeline timeline, List<Event> events, Profile profile, Cells cells) {
        return new Layers(timeline, events, profile, cells, null, List.of());
    }

    /** The layers of a timeline, its territory drawn on the cells of the gazetteer's places (built once per gazetteer). */
    public static Layers of(Timeline timeline, List<Event> events, Profile profile, Gazetteer gazetteer) {
        return new Layers(timeline, events, profile, Cells.of(gazetteer), null, List.of());
    }

    /**
     * The layers of a newer timeline, sharing with these every place whose history did not change
     * (its rendered features), the territory's cells and the reach of each place on them, and the
     * outlines already dissolved.
     *
     * @param eventsChanged the events added and removed since these layers
     */
    public Layers update(Timeline next, List<Event> allEvents, Collection<Event> eventsChanged) {
        return new Layers(next, allEvents, profile, gazetteerCells ? territory.base() : null, this, eventsChanged);
    }

    private PlaceEntry entry(PlaceHistory h, PlaceEntry known) {
        if (known != null && known.history() == h) return known;
        List<Period> periods = h.periods();
        LonLat at = position(h.place());
        LocalDate[] starts = new LocalDate[periods.size()];
        byte[][] points = new byte[periods.size()][];
        boolean samePlace = known != null && known.history().place().equals(h.place());
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            starts[i] = p.from();
            List<Event> behind = h.behind(p);
            byte[] drawn = samePlace ? drawnBefore(known, p, behind) : null;
            points[i] = drawn != null ? drawn : utf8(GeoJson.feature(Shape.point(at), Features.place(h.place(), p, behind)));
        }
        byte[] unknown = samePlace ? known.unknownFeature()
                : utf8(GeoJson.feature(Shape.point(at), Features.place(h.place(), null, List.of())));
        return new PlaceEntry(h, starts, points, unknown);
    }

    /**
     * The feature drawn before for a period equal to this one with the same events behind it, or
     * null. A post at a much-reported place paints it again, but mostly changes the periods from
     * its date on; those before, and their features (a disputed period cites thousands of
     * events), stay as they were.
     */
    private static byte[] drawnBefore(PlaceEntry known, Period p, List<Event> behind) {
        int i = Arrays.binarySearch(known.starts(), p.from());
        if (i < 0) return null;
        Period old = known.history().periods().get(i);
        if (!old.equals(p)) return null;
        List<Event> oldBehind = known.history().behind(old);
        if (oldBehind.size() != behind.size()) return null;
        // Events are compared by identity: a reviewed event keeps its id but is another object.
        for (int k = 0; k < behind.size(); k++) if (oldBehind.get(k) != behind.get(k)) return null;
        return known.pointFeatures()[i];
    }

    /** The places on the map (those with a position), in timeline order. */
    List<PlaceHistory> mappedPlaces() {
        return places.stream().map(PlaceEntry::history).toList();
    }

    List<Event> events() {
        return events;
    }

    /** The cells of the territory map (null when there is nothing to map). */
    Tessellation territoryCells() {
        return territory.cells();
    }

    /** The dates where some place's state starts or ends, ascending: the territory changes only there. */
    List<LocalDate> controlBoundaries() {
        return List.of(controlBoundaries);
    }

    /** Every control period (start and end typed DATE), the places, changes and reports, as a GeoPackage. */
    public byte[] timelineGeoPackage() {
        return GeoPackages.timeline(this);
    }

    /** One date's places, territory, fronts and reports as a GeoPackage. */
    public byte[] frameGeoPackage(LocalDate date) {
        return GeoPackages.frame(this, date);
    }

    /** Every control period and report as KML with TimeSpans, for Google Earth's time slider. */
    public String timelineKml() {
        return Kml.timeline(this);
    }

    /**
     * What changed between two dates, as a FeatureCollection with two foreign members: {@code sides}
     * (per side: km² held on each date, gained and lost, places gained and lost) and {@code places}
     * (each place whose holder differs). Its features are the cells each side gained and lost
     * ({@code layer} {@code gained}/{@code lost}, dissolved per side) and the places that changed
     * ({@code layer} {@code place_change}).
     */
    public String compare(LocalDate from, LocalDate to) {
        return Comparison.of(this, from, to);
    }

    /** The catalog of this map as OGC API – Features collections. */
    public Catalog catalog() {
        Catalog c = catalog;
        if (c == null) c = catalog = new Catalog(this);
        return c;
    }

    English english() {
        return english;
    }

    Arabic arabic() {
        return arabic;
    }

    Profile profile() {
        return profile;
    }

    /**
     * Draws every change feature not drawn yet (they are kept, and shared with later layers), so
     * that the first request of each date costs only joining them. Meant for a background thread
     * after a corpus is opened; stops early when {@code stop} says so.
     */
    public void drawAllChanges(java.util.function.BooleanSupplier stop) {
        for (ChangeEntry c : changes) {
            if (stop.getAsBoolean()) return;
            c.feature();
        }
    }

    /**
     * Draws the change features not drawn yet whose index is {@code part} modulo {@code parts}:
     * {@code parts} threads, one per part, draw them all between them.
     */
    public void drawChanges(int part, int parts) {
        for (int i = part; i < changes.size(); i += parts) changes.get(i).feature();
    }

    /** Where to draw a place, or null when it has no usable coordinate ((0, 0) is a missing one, not the Gulf of Guinea). */
    static LonLat position(PlaceRef p) {
        if (p == null) return null;
        double lon = p.lon(), lat = p.lat();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) || (lon == 0 && lat == 0)) return null;
        return new LonLat(lon, lat);
    }

    /**
     * The FeatureCollection for a date (any date, not only a frame), with the given layers
     * ({@code areas}, {@code fronts}, {@code places}, {@code changes}; empty = all).
     *
     * @throws IllegalArgumentException for an unknown layer name
     */
    public String collection(LocalDate date, Set<String> layers) {
        return collectionPieces(date, layers).toString();
    }

    /** {@link #collection(LocalDate, Set)} as UTF-8, in one array (tools and tests; the server sends the pieces). */
    public byte[] collectionUtf8(LocalDate date, Set<String> layers) {
        return collectionPieces(date, layers).toByteArray();
    }

    /**
     * {@link #collection(LocalDate, Set)} as UTF-8 pieces: each feature is kept encoded (a place's
     * for each period, a report's, a side's outline), each layer's features on a stretch of dates
     * are kept as a list of them, and a collection is a list of those lists. At 100,000 articles
     * a collection is about 7 MB of mostly Arabic text; joining it as Strings and encoding it for
     * each new frame allocated about 40 MB (arrays too large for the young generation, each of
     * which could start a concurrent collection competing with the request for the two cores).
     * Now a new frame allocates its lists of references and what really is new on its date.
     */
    public Utf8Pieces collectionPieces(LocalDate date, Set<String> layers) {
        if (date == null) throw new IllegalArgumentException("no date");
        EnumSet<Layer> wanted = Layer.parse(layers);
        // Dates between the same boundaries share one collection (a list of references: the
        // bytes are counted whole all the same).
        String key = "fc|" + wanted + "|" + floor(controlBoundaries, date) + "|" + floor(changeBoundaries, date);
        return cache.get(key, () -> {
            List<Utf8Pieces> parts = new ArrayList<>(4);
            for (Layer l : wanted) parts.add(layerBody(l, date));
            return GeoJson.collectionPieces(null, parts);
        });
    }

    /** One layer's features on a date, joined; kept per stretch of dates that share them. */
    private Utf8Pieces layerBody(Layer l, LocalDate date) {
        LocalDate control = floor(controlBoundaries, date);
        return switch (l) {
            case AREAS -> cache.get("areas|" + control, () -> areaFeatures(date));
            case FRONTS -> cache.get("fronts|" + control, () -> frontFeatures(date));
            case PLACES -> cache.get("places|" + control, () -> placeFeatures(date));
            case CHANGES -> cache.get("changes|" + floor(changeBoundaries, date), () -> changeFeatures(date));
        };
    }

    /**
     * As {@link #collection(LocalDate, Set)}, but with only the places drawn otherwise than on
     * {@code since} (the other layers whole), and a foreign member {@code "since"} naming that
     * date. A page stepping from one frame to the next already holds the thousand places of the
     * frame it shows, of which a step changes a handful: it takes the rest from there instead of
     * reading them all again.
     */
    public String collectionSince(LocalDate date, LocalDate since, Set<String> layers) {
        return collectionSincePieces(date, since, layers).toString();
    }

    /** {@link #collectionSince(LocalDate, LocalDate, Set)} as UTF-8 pieces. */
    public Utf8Pieces collectionSincePieces(LocalDate date, LocalDate since, Set<String> layers) {
        if (date == null || since == null) throw new IllegalArgumentException("no date");
        List<Utf8Pieces> parts = new ArrayList<>(4);
        for (Layer l : Layer.parse(layers)) parts.add(l == Layer.PLACES ? placeFeaturesChanged(date, since) : layerBody(l, date));
        return GeoJson.collectionPieces("\"since\":\"" + since + "\"", parts);
    }

    /**
     * As {@link #collection(LocalDate, Set)} or {@link #collectionSince}, with the changes of some
     * more events (rejected ones, {@code include=rejected}) added to the changes layer: shown on
     * their dates, marked by their {@code review_status}, shaping nothing else.
     */
    public String collection(LocalDate date, Set<String> layers, List<Event> moreChanges) {
        return withMoreChanges(collection(date, layers), date, layers, moreChanges);
    }

    /** {@link #collectionSince} with the changes of some more events, as {@link #collection(LocalDate, Set, List)}. */
    public String collectionSince(LocalDate date, LocalDate since, Set<String> layers, List<Event> moreChanges) {
        return withMoreChanges(collectionSince(date, since, layers), date, layers, moreChanges);
    }

    private String withMoreChanges(String base, LocalDate date, Set<String> layers, List<Event> moreChanges) {
        if (moreChanges.isEmpty() || !Layer.parse(layers).contains(Layer.CHANGES)) return base;
        List<String> extra = new ArrayList<>();
        for (Event e : moreChanges) {
            LonLat at = position(e.place());
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date();
            LocalDate to = e.dateMax() != null ? e.dateMax() : e.date();
            if (at == null || from == null || to == null || date.isBefore(from) || date.isAfter(to)) continue;
            extra.add(GeoJson.feature(Shape.point(at), Features.change(e, english, arabic)));
        }
        if (extra.isEmpty()) return base;
        // GeoJson.collection ends in "]}": the extra features go at the end of its array.
        String head = base.substring(0, base.length() - 2);
        return head + (head.endsWith("[") ? "" : ",") + String.join(",", extra) + "]}";
    }

    /** Every period of every place as a point feature with {@code start} and {@code end} (null while current). */
    public String timelineGeoJson() {
        String t = timelineJson;
        if (t == null) {
            List<String> features = new ArrayList<>();
            for (PlaceEntry pe : places) {
                PlaceHistory h = pe.history();
                LonLat at = position(h.place());
                for (Period p : h.periods()) features.add(GeoJson.feature(Shape.point(at), Features.timeline(h.place(), p)));
            }
            t = timelineJson = GeoJson.collection(features);
        }
        return t;
    }

    /** One row per event, ACLED-like columns; see {@link EventsCsv}. */
    public String eventsCsv() {
        String c = csv;
        if (c == null) c = csv = new EventsCsv(profile, english).write(events);
        return c;
    }

    /** The CSV of any list of events (with the rejected ones, say), in the same columns. */
    public String eventsCsv(List<Event> events) {
        return new EventsCsv(profile, english).write(events);
    }

    /** One line per frame of the timeline, in date order; written when first asked for. */
    public List<FrameSummary> frameSummaries() {
        List<FrameSummary> s = summaries;
        if (s == null) s = summaries = withReports(Summaries.of(timeline, profile.actors()), changes);
        return s;
    }

    /** The dates at which some place changes state, that is, where the map redraws. */
    public List<LocalDate> frames() {
        return timeline.frames();
    }

    /** The features of the places whose period on {@code date} is not their period on {@code since}. */
    private Utf8Pieces placeFeaturesChanged(LocalDate date, LocalDate since) {
        Joined out = new Joined(16);
        for (PlaceEntry pe : places) {
            int i = pe.periodAt(date);
            // One period (or none on both dates) is one feature string: the page holds it already.
            if (i == pe.periodAt(since)) continue;
            out.add(i < 0 ? pe.unknownFeature() : pe.pointFeatures()[i]);
        }
        return out.build();
    }

    private Utf8Pieces placeFeatures(LocalDate date) {
        Joined out = new Joined(places.size());
        for (PlaceEntry pe : places) {
            int i = pe.periodAt(date);
            out.add(i < 0 ? pe.unknownFeature() : pe.pointFeatures()[i]);
        }
        return out.build();
    }

    /** Features joined by commas, as pieces. */
    private static final class Joined {
        private final Utf8Pieces.Builder b;
        private boolean first = true;

        Joined(int expected) {
            b = new Utf8Pieces.Builder(expected * 2);
        }

        void add(byte[] feature) {
            if (!first) b.add(GeoJson.COMMA);
            b.add(feature);
            first = false;
        }

        void add(Utf8Pieces feature) {
            if (!first) b.add(GeoJson.COMMA);
            b.add(feature);
            first = false;
        }

        Utf8Pieces build() {
            return b.build();
        }
    }

    /**
     * Each side's territory (one MultiPolygon), then each contested place's cells (hatched on the
     * page). An outline's geometry is kept encoded, and so are the properties last written for it.
     */
    private Utf8Pieces areaFeatures(LocalDate date) {
        TerritoryFrame t = territoryAt(date);
        Joined out = new Joined(t.areas().size());
        for (AreaPart a : t.areas()) {
            if (a.side() != null) {
                out.add(a.outline().feature(List.of(a.side().code(), a.placeIds()),
                        () -> Features.sideArea(a.side(), a.placeIds(), a.region().areaKm2())));
            } else {
                PlaceHistory h = places.get(a.placeIndex()).history();
                Period p = t.states()[a.placeIndex()];
                out.add(a.outline().feature(new ContestedKey(h, p),
                        () -> Features.contestedArea(h.place(), p, h.behind(p), a.region().areaKm2())));
            }
        }
        return out.build();
    }

    private Utf8Pieces frontFeatures(LocalDate date) {
        List<FrontPart> fronts = territoryAt(date).fronts();
        Joined out = new Joined(fronts.size());
        for (FrontPart f : fronts) {
            out.add(utf8(GeoJson.feature(f.line().shape(), Features.front(f.a(), f.b(), f.line().lengthKm()))));
        }
        return out.build();
    }

    /** The period of each mapped place on a date, null where nothing is known. */
    private Period[] states(LocalDate date) {
        Period[] states = new Period[places.size()];
        for (int k = 0; k < places.size(); k++) {
            int i = places.get(k).periodAt(date);
            if (i >= 0) states[k] = places.get(k).history().periods().get(i);
        }
        return states;
    }

    /** The territory map for a date; dates between two control boundaries share one. */
    TerritoryFrame territoryAt(LocalDate date) {
        LocalDate key = floor(controlBoundaries, date);
        LocalDate cacheKey = key == null ? LocalDate.MIN : key;
        TerritoryFrame known = territoryFrames.get(cacheKey);
        if (known != null) return known;
        TerritoryFrame built = buildTerritory(date);
        territoryFrames.put(cacheKey, built);
        return built;
    }

    private TerritoryFrame buildTerritory(LocalDate date) {
        Period[] states = states(date);
        if (territory.isEmpty()) return new TerritoryFrame(List.of(), List.of(), new int[0], states);
        int[] governor = territory.governors(states);
        Map<String, Side> sides = new TreeMap<>();
        Map<String, List<Integer>> sideCells = new TreeMap<>();
        Map<String, java.util.TreeSet<String>> sidePlaces = new HashMap<>();
        Map<Integer, List<Integer>> contestedCells = new TreeMap<>();
        for (int c = 0; c < governor.length; c++) {
            int k = governor[c];
            if (k < 0) continue;
            Side side = states[k].control().side();
            if (side == null) {
                contestedCells.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            } else {
                sides.put(side.code(), side);
                sideCells.computeIfAbsent(side.code(), x -> new ArrayList<>()).add(c);
                sidePlaces.computeIfAbsent(side.code(), x -> new java.util.TreeSet<>()).add(places.get(k).history().place().id());
            }
        }
        List<AreaPart> parts = new ArrayList<>();
        sideCells.forEach((code, cells) -> {
            int[] cs = cells.stream().mapToInt(Integer::intValue).toArray();
            parts.add(new AreaPart(sides.get(code), -1, cs, outline(code, cs), List.copyOf(sidePlaces.get(code))));
        });
        contestedCells.forEach((k, cells) -> {
            int[] cs = cells.stream().mapToInt(Integer::intValue).toArray();
            String id = places.get(k).history().place().id();
            parts.add(new AreaPart(null, k, cs, outline("contested|" + id, cs), List.of(id)));
        });
        // Fronts: label each cell by its side's rank among the codes; contested and unknown cells make none.
        List<String> codes = new ArrayList<>(sides.keySet());
        int[] label = new int[governor.length];
        for (int c = 0; c < governor.length; c++) {
            int k = governor[c];
            Side side = k < 0 ? null : states[k].control().side();
            label[c] = side == null ? -1 : codes.indexOf(side.code());
        }
        List<FrontPart> fronts = new ArrayList<>();
        for (Tessellation.Front f : territory.cells().fronts(label, l -> true)) {
            fronts.add(new FrontPart(sides.get(codes.get(f.labelA())), sides.get(codes.get(f.labelB())), f.line()));
        }
        return new TerritoryFrame(List.copyOf(parts), List.copyOf(fronts), governor, states);
    }

    /** Dissolving is most of a frame's cost; a part whose cells did not change reuses its last outline. */
    private Dissolved outline(String key, int[] cells) {
        AtomicReference<Dissolved> last = lastOutlines.computeIfAbsent(key, k -> new AtomicReference<>());
        Dissolved known = last.get();
        if (known != null && Arrays.equals(known.cells, cells)) return known;
        Dissolved d = new Dissolved(cells, territory.cells().region(cells));
        last.set(d);
        return d;
    }

    private Utf8Pieces changeFeatures(LocalDate date) {
        Joined out = new Joined(256);
        for (ChangeEntry c : changes) {
            if (!date.isBefore(c.from) && !date.isAfter(c.to)) out.add(c.feature());
        }
        return out.build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The greatest boundary not after the date, or null before the first; dates sharing it share a collection. */
    private static LocalDate floor(LocalDate[] boundaries, LocalDate date) {
        int i = Arrays.binarySearch(boundaries, date);
        if (i >= 0) return boundaries[i];
        i = -i - 2;
        return i < 0 ? null : boundaries[i];
    }

    /** The distinct article ids of some events, in order. */
    static List<String> articles(List<Event> events) {
        Set<String> s = new LinkedHashSet<>();
        for (Event e : events) if (e.article() != null) s.add(e.article());
        return List.copyOf(s);
    }

    /** The side a claim in these events names, if any: who says it took the place. */
    static Side claimant(List<Event> events) {
        for (Event e : events) {
            // a claim always names its gainer's side: a claim is a gainer's own media speaking
            if (e.claimed() && (e.kind() == EventKind.CAPTURE || e.kind() == EventKind.WITHDRAWAL) && e.controllerAfter() != null) {
                return e.controllerAfter();
            }
        }
        return null;
    }

    static Map<String, Object> props() {
        return new LinkedHashMap<>();
    }

    /** A period whose control differs from the one before it; {@code was} is null when nothing was known before. */
    record ControlChange(Period period, Control was) {}

    /**
     * The changes of control in a place's history: each period whose control differs from that of
     * the period right before it (a gap means nothing was known). The catalogue's {@code changes}
     * collection and the GeoPackage's {@code changes} table are both these.
     */
    static List<ControlChange> controlChanges(PlaceHistory h) {
        List<ControlChange> out = new ArrayList<>();
        Period before = null;
        for (Period p : h.periods()) {
            boolean gap = before == null || !p.from().equals(before.to());
            Control was = gap ? null : before.control();
            if (!p.control().equals(was)) out.add(new ControlChange(p, was));
            before = p;
        }
        return out;
    }

    /** A change's properties, in the order both downloads write them, into {@code m}. */
    static void putChange(Map<String, Object> m, PlaceHistory h, ControlChange c) {
        Period p = c.period();
        m.put("place_id", h.place().id());
        m.put("name_ar", h.place().nameAr());
        m.put("name_en", h.place().nameEn());
        m.put("type", h.place().type() == null ? null : h.place().type().code());
        m.put("from_control", c.was() == null ? null : c.was().code());
        m.put("to_control", p.control().code());
        Side side = p.control().side();
        m.put("side", side == null ? null : side.code());
        m.put("claimed", p.claimed());
        m.put("date", p.from());
        m.put("date_min", p.dateMin());
        m.put("date_max", p.dateMax());
        m.put("event_ids", p.eventIds());
        m.put("outlets", p.outlets());
    }
}
