package org.saytara.layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.saytara.geo.Areas;
import org.saytara.geo.Disc;
import org.saytara.geo.GeoJson;
import org.saytara.geo.LonLat;
import org.saytara.geo.Region;
import org.saytara.geo.Shape;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;
import org.saytara.timeline.Timeline;

/**
 * The map layers of a timeline, for any date, as RFC 7946 GeoJSON. Immutable and thread-safe.
 *
 * <p>Everything that does not depend on the date (each place's feature for each of its periods,
 * each event's feature, each place's disc) is built once, here. A collection for a date then joins
 * those strings and unions the discs of each side. Built collections are cached: the places and
 * areas layers change only where some period starts or ends, the changes layer only where some
 * event's date window starts or ends, so dates between two such boundaries share one cached
 * string (and one ETag upstream).
 */
public final class Layers {
    /** About 128 MB of cached JSON at most. */
    private static final long CACHE_CHARS = 64L << 20;

    /**
     * A place's date-independent parts: its point feature for each period and, drawn in the
     * projection {@code areas}, its disc and contested-area features. Shared by every later
     * {@code Layers} whose timeline kept the same history for the place.
     */
    private record PlaceEntry(PlaceHistory history, Areas areas, Disc disc, LocalDate[] starts, String[] pointFeatures,
                              String[] contestedAreaFeatures, String unknownFeature) {
        /** Index of the period covering the date, or -1. */
        int periodAt(LocalDate date) {
            int i = Arrays.binarySearch(starts, date);
            if (i < 0) i = -i - 2;
            if (i < 0) return -1;
            return history.periods().get(i).covers(date) ? i : -1;
        }
    }

    /**
     * The last union drawn for a side, by the ids of its places: neighbouring frames mostly share
     * it, and so does the next {@code Layers} when the projection stays.
     */
    private record SideUnion(List<String> placeIds, String feature) {}

    /**
     * An event drawn as a change from the first to the last day of its date window. Its feature is
     * rendered the first time a date asks for it, then kept (and shared with later layers while
     * the event stays): a large archive has tens of thousands, most never drawn.
     */
    private static final class ChangeEntry {
        final Event event;
        final LonLat at;
        final LocalDate from, to;
        private volatile String feature;

        private final English english;

        ChangeEntry(Event event, LonLat at, LocalDate from, LocalDate to, English english) {
            this.english = english;
            this.event = event;
            this.at = at;
            this.from = from;
            this.to = to;
        }

        String feature() {
            String f = feature;
            if (f == null) f = feature = GeoJson.feature(Shape.point(at), Features.change(event, english));
            return f;
        }
    }

    private final List<PlaceEntry> places;
    private final List<ChangeEntry> changes;
    private final List<Event> events;
    private final Areas areas;
    private final LocalDate[] controlBoundaries;
    private final LocalDate[] changeBoundaries;
    private final Timeline timeline;
    private final BoundedCache cache = new BoundedCache(CACHE_CHARS);
    private final Map<Side, AtomicReference<SideUnion>> lastUnions = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong GENERATIONS = new java.util.concurrent.atomic.AtomicLong();
    /** This instance, and the one it was updated from (0: none), told apart without holding on to it. */
    private final long generation = GENERATIONS.incrementAndGet();
    private final long previousGeneration;
    /** Dates whose collections differ from those of the layers this one was updated from; null = all. */
    private final DateRanges changedSincePrevious;
    private volatile List<FrameSummary> summaries;
    private volatile String timelineJson;
    private volatile String csv;

    private final Profile profile;
    private final English english;

    private Layers(Timeline timeline, List<Event> events, Profile profile, Layers previous, Collection<Event> eventsChanged) {
        this.timeline = timeline;
        this.profile = profile;
        this.english = previous != null && previous.profile == profile ? previous.english : new English(profile.actors());
        this.events = List.copyOf(events);

        List<PlaceHistory> drawable = timeline.histories().stream().filter(h -> position(h.place()) != null).toList();
        List<LonLat> points = drawable.stream().map(h -> position(h.place())).toList();
        Areas projection = points.isEmpty() ? null : Areas.centredOn(points);
        // The same centre as before: keep the projection, and with it every disc already drawn.
        if (projection != null && previous != null && previous.areas != null && previous.areas.centre().equals(projection.centre())) {
            projection = previous.areas;
        }
        this.areas = projection;

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

        Map<Event, ChangeEntry> drawn = new java.util.IdentityHashMap<>();
        if (previous != null) for (ChangeEntry c : previous.changes) drawn.put(c.event, c);
        List<ChangeEntry> cs = new ArrayList<>();
        BitSet changeDays = new BitSet();
        long firstDay = Long.MAX_VALUE;
        for (Event e : this.events) {
            ChangeEntry known = drawn.get(e);
            if (known != null) {
                cs.add(known);
                firstDay = Math.min(firstDay, known.from.toEpochDay());
                continue;
            }
            LonLat at = position(e.place());
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date();
            LocalDate to = e.dateMax() != null ? e.dateMax() : e.date();
            if (at == null || from == null || to == null) continue;
            cs.add(new ChangeEntry(e, at, from, to, english));
            firstDay = Math.min(firstDay, from.toEpochDay());
        }
        for (ChangeEntry c : cs) {
            changeDays.set((int) (c.from.toEpochDay() - firstDay));
            changeDays.set((int) (c.to.plusDays(1).toEpochDay() - firstDay));
        }
        this.changes = List.copyOf(cs);
        this.controlBoundaries = control.toArray(LocalDate[]::new);
        LocalDate[] cuts = new LocalDate[changeDays.cardinality()];
        int k = 0;
        for (int d = changeDays.nextSetBit(0); d >= 0; d = changeDays.nextSetBit(d + 1)) cuts[k++] = LocalDate.ofEpochDay(firstDay + d);
        this.changeBoundaries = cuts;
        this.changedSincePrevious = previous == null ? null : changedSince(previous, eventsChanged);
        this.previousGeneration = previous == null ? 0 : previous.generation;
        if (previous != null && previous.areas == areas) lastUnions.putAll(previous.lastUnions);
    }

    /**
     * Where this layer's collections differ from the previous one's: where a changed place's
     * state (period) differs, and over the date windows of the events added or removed. Null (all
     * dates) when the projection moved or a place appeared or went, since every collection lists
     * every place.
     */
    private DateRanges changedSince(Layers previous, Collection<Event> eventsChanged) {
        if (previous.areas != areas || previous.places.size() != places.size()) return null;
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
     * the same in both, so a body rendered from those may be served for this one.
     */
    public boolean unchangedSince(Layers previous, LocalDate date) {
        return previous != null && previous.generation == previousGeneration
                && changedSincePrevious != null && !changedSincePrevious.contains(date);
    }

    /** The layers of a timeline; names and sides come from the profile the events were read with. */
    public static Layers of(Timeline timeline, List<Event> events, Profile profile) {
        return new Layers(timeline, events, profile, null, List.of());
    }

    /**
     * The layers of a newer timeline, sharing with these every place whose history did not change
     * (its rendered features and disc) and the unions of sides already drawn.
     *
     * @param eventsChanged the events added and removed since these layers
     */
    public Layers update(Timeline next, List<Event> allEvents, Collection<Event> eventsChanged) {
        return new Layers(next, allEvents, profile, this, eventsChanged);
    }

    private PlaceEntry entry(PlaceHistory h, PlaceEntry known) {
        if (known != null && known.history() == h && known.areas() == areas) return known;
        List<Period> periods = h.periods();
        LonLat at = position(h.place());
        Disc disc = areas.disc(at, AreaRadius.km(h.place().type()));
        LocalDate[] starts = new LocalDate[periods.size()];
        String[] points = known != null && known.history() == h ? known.pointFeatures() : new String[periods.size()];
        boolean drawPoints = points != (known == null ? null : known.pointFeatures());
        String[] contested = new String[periods.size()];
        Region own = null;
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            starts[i] = p.from();
            List<Event> behind = h.behind(p);
            if (drawPoints) points[i] = GeoJson.feature(Shape.point(at), Features.place(h.place(), p, behind));
            if (p.control().contested()) {
                if (own == null) own = areas.region(disc);
                contested[i] = GeoJson.feature(own.shape(), Features.contestedArea(h.place(), p, behind, own.areaKm2()));
            }
        }
        String unknown = GeoJson.feature(Shape.point(at), Features.place(h.place(), null, List.of()));
        return new PlaceEntry(h, areas, disc, starts, points, contested, unknown);
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

    /** Where to draw a place, or null when it has no usable coordinate ((0, 0) is a missing one, not the Gulf of Guinea). */
    static LonLat position(PlaceRef p) {
        if (p == null) return null;
        double lon = p.lon(), lat = p.lat();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) || (lon == 0 && lat == 0)) return null;
        return new LonLat(lon, lat);
    }

    /**
     * The FeatureCollection for a date (any date, not only a frame), with the given layers
     * ({@code places}, {@code areas}, {@code changes}; empty = all).
     *
     * @throws IllegalArgumentException for an unknown layer name
     */
    public String collection(LocalDate date, Set<String> layers) {
        if (date == null) throw new IllegalArgumentException("no date");
        EnumSet<Layer> wanted = Layer.parse(layers);
        LocalDate control = floor(controlBoundaries, date);
        LocalDate change = floor(changeBoundaries, date);
        String key = "fc|" + wanted + "|" + control + "|" + change;
        return cache.get(key, () -> {
            List<String> parts = new ArrayList<>(3);
            for (Layer l : wanted) {
                String body = switch (l) {
                    case AREAS -> cache.get("areas|" + control, () -> join(areaFeatures(date)));
                    case PLACES -> cache.get("places|" + control, () -> join(placeFeatures(date)));
                    case CHANGES -> cache.get("changes|" + change, () -> join(changeFeatures(date)));
                };
                if (!body.isEmpty()) parts.add(body);
            }
            return GeoJson.collection(parts);
        });
    }

    /**
     * As {@link #collection(LocalDate, Set)}, with the changes of some more events (rejected ones,
     * {@code include=rejected}) added to the changes layer: shown on their dates, marked by their
     * {@code review_status}, shaping nothing else.
     */
    public String collection(LocalDate date, Set<String> layers, List<Event> moreChanges) {
        String base = collection(date, layers);
        if (moreChanges.isEmpty() || !Layer.parse(layers).contains(Layer.CHANGES)) return base;
        List<String> extra = new ArrayList<>();
        for (Event e : moreChanges) {
            LonLat at = position(e.place());
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date();
            LocalDate to = e.dateMax() != null ? e.dateMax() : e.date();
            if (at == null || from == null || to == null || date.isBefore(from) || date.isAfter(to)) continue;
            extra.add(GeoJson.feature(Shape.point(at), Features.change(e, english)));
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
        if (s == null) s = summaries = Summaries.of(timeline, profile.actors());
        return s;
    }

    /** The dates at which some place changes state, that is, where the map redraws. */
    public List<LocalDate> frames() {
        return timeline.frames();
    }

    private List<String> placeFeatures(LocalDate date) {
        List<String> out = new ArrayList<>(places.size());
        for (PlaceEntry pe : places) {
            int i = pe.periodAt(date);
            out.add(i < 0 ? pe.unknownFeature() : pe.pointFeatures()[i]);
        }
        return out;
    }

    /** Held places unioned per side (MultiPolygon), contested places as their own polygons. */
    private List<String> areaFeatures(LocalDate date) {
        Map<Side, List<Integer>> held = new LinkedHashMap<>(); // in legend order: the same bytes for the same state
        for (Side s : profile.sides().all()) held.put(s, new ArrayList<>());
        List<String> contested = new ArrayList<>();
        for (int k = 0; k < places.size(); k++) {
            PlaceEntry pe = places.get(k);
            int i = pe.periodAt(date);
            if (i < 0) continue;
            Side side = pe.history().periods().get(i).control().side();
            if (side == null) contested.add(pe.contestedAreaFeatures()[i]);
            else held.computeIfAbsent(side, s -> new ArrayList<>()).add(k);
        }
        List<String> out = new ArrayList<>();
        held.forEach((side, indexes) -> {
            if (!indexes.isEmpty()) out.add(sideUnion(side, indexes.stream().mapToInt(Integer::intValue).toArray()));
        });
        out.addAll(contested);
        return out;
    }

    /** Unions are most of a frame's cost; a side whose places did not change reuses its last one. */
    private String sideUnion(Side side, int[] indexes) {
        AtomicReference<SideUnion> last = lastUnions.computeIfAbsent(side, s -> new AtomicReference<>());
        SideUnion known = last.get();
        List<String> placeIds = new ArrayList<>(indexes.length);
        for (int k : indexes) placeIds.add(places.get(k).history().place().id());
        if (known != null && known.placeIds().equals(placeIds)) return known.feature();
        List<Disc> discs = new ArrayList<>(indexes.length);
        for (int k : indexes) discs.add(places.get(k).disc());
        List<String> sorted = new ArrayList<>(placeIds);
        Collections.sort(sorted);
        Region r = areas.union(discs);
        String feature = GeoJson.feature(r.shape(), Features.sideArea(side, sorted, r.areaKm2()));
        last.set(new SideUnion(placeIds, feature));
        return feature;
    }

    private List<String> changeFeatures(LocalDate date) {
        List<String> out = new ArrayList<>();
        for (ChangeEntry c : changes) {
            if (!date.isBefore(c.from) && !date.isAfter(c.to)) out.add(c.feature());
        }
        return out;
    }

    private static String join(List<String> features) {
        return String.join(",", features);
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
}
