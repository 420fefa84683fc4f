package org.saytara.layers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saytara.extract.Event;
import org.saytara.geo.GeoJson;
import org.saytara.geo.LonLat;
import org.saytara.geo.Shape;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;

/**
 * The map as OGC API – Features collections: what each collection holds, and its items filtered by
 * bounding box and time, page by page. Every item covers whole days, from {@code start} (inclusive)
 * to {@code end} (exclusive; null while still current), and carries those two dates as properties,
 * typed dates for GIS readers.
 *
 * <ul>
 * <li>{@code places}: each place on the map, with the side holding it at the end of the record;</li>
 * <li>{@code timeline}: each period of control of each place (what QGIS's Temporal Controller plays);</li>
 * <li>{@code changes}: each change of a place's holder, on its day;</li>
 * <li>{@code events}: each report read from an article, over its date window;</li>
 * <li>{@code areas}: each side's estimated territory and each contested place's cells, for each
 *     stretch of dates between two changes of control;</li>
 * <li>{@code fronts}: where two sides' territories meet, for each such stretch.</li>
 * </ul>
 * The territory collections are built stretch by stretch as a page needs them, so a first page of a
 * long history costs a few maps, not all of them. Thread-safe.
 */
public final class Catalog {
    public static final List<String> IDS = List.of("places", "areas", "fronts", "changes", "events", "timeline");

    /** A collection's description and extent; {@code end} null when it runs to the present. */
    public record Info(String id, String title, String description, double[] bbox, LocalDate start, LocalDate end) {}

    /** One feature: its GeoJSON (with {@code id}), where and when it is. */
    public record Item(String id, String json, double[] bbox, LocalDate start, LocalDate end) {}

    /** Filters of an items request; null members do not filter. Times are closed: [from, to]. */
    public record Query(double[] bbox, Instant from, Instant to) {
        public static final Query ALL = new Query(null, null, null);
    }

    /** Items of one page; {@code matched} null when counting them all would cost more than the page. */
    public record Page(List<Item> items, boolean more, Integer matched) {}

    private final Layers layers;
    private volatile List<Item> places;
    private volatile List<Item> timeline;
    private volatile List<Item> changes;
    private volatile List<Item> events;
    private volatile List<Info> infos;

    Catalog(Layers layers) {
        this.layers = layers;
    }

    public List<Info> collections() {
        List<Info> i = infos;
        if (i == null) i = infos = buildInfos();
        return i;
    }

    public Optional<Info> collection(String id) {
        return collections().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * A page of a collection's items matching the query, skipping {@code offset} of them.
     *
     * @throws IllegalArgumentException for an unknown collection
     */
    public Page items(String collection, Query q, int offset, int limit) {
        if (collection.equals("areas") || collection.equals("fronts")) return territoryPage(collection, q, offset, limit);
        List<Item> all = staticItems(collection);
        List<Item> matching = all.stream().filter(it -> matches(it, q)).toList();
        int from = Math.min(offset, matching.size()), to = Math.min(matching.size(), from + limit);
        return new Page(matching.subList(from, to), to < matching.size(), matching.size());
    }

    public Optional<Item> item(String collection, String id) {
        if (collection.equals("areas") || collection.equals("fronts")) {
            if (id.length() < 11 || id.charAt(10) != '.') return Optional.empty();
            LocalDate date;
            try {
                date = LocalDate.parse(id.substring(0, 10));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            List<LocalDate> b = layers.controlBoundaries();
            int i = b.indexOf(date);
            if (i < 0) return Optional.empty();
            return territoryItems(collection, b, i).stream().filter(it -> it.id().equals(id)).findFirst();
        }
        return staticItems(collection).stream().filter(it -> it.id().equals(id)).findFirst();
    }

    // ------------------------------------------------------------------ the territory, stretch by stretch

    private Page territoryPage(String collection, Query q, int offset, int limit) {
        List<LocalDate> b = layers.controlBoundaries();
        List<Item> page = new ArrayList<>(Math.min(limit, 1000));
        int seen = 0;
        for (int i = 0; i < b.size(); i++) {
            LocalDate start = b.get(i), end = i + 1 < b.size() ? b.get(i + 1) : null;
            if (!overlaps(start, end, q)) continue;
            for (Item it : territoryItems(collection, b, i)) {
                if (!matches(it, q)) continue;
                if (seen++ < offset) continue;
                if (page.size() == limit) return new Page(page, true, null);
                page.add(it);
            }
        }
        return new Page(page, false, seen);
    }

    private List<Item> territoryItems(String collection, List<LocalDate> b, int i) {
        LocalDate start = b.get(i), end = i + 1 < b.size() ? b.get(i + 1) : null;
        Layers.TerritoryFrame t = layers.territoryAt(start);
        List<PlaceHistory> mapped = layers.mappedPlaces();
        List<Item> out = new ArrayList<>();
        if (collection.equals("areas")) {
            for (Layers.AreaPart a : t.areas()) {
                Map<String, Object> props;
                String id;
                if (a.side() != null) {
                    props = Features.sideArea(a.side(), a.placeIds(), a.region().areaKm2());
                    id = start + "." + a.side().code();
                } else {
                    Period p = t.states()[a.placeIndex()];
                    PlaceHistory h = mapped.get(a.placeIndex());
                    props = Features.contestedArea(h.place(), p, h.behind(p), a.region().areaKm2());
                    id = start + ".contested." + h.place().id();
                }
                out.add(item(id, a.region().shape(), props, start, end));
            }
        } else {
            for (Layers.FrontPart f : t.fronts()) {
                Map<String, Object> props = Features.front(f.a(), f.b(), f.line().lengthKm());
                out.add(item(start + "." + f.a().code() + "." + f.b().code(), f.line().shape(), props, start, end));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the other collections, built once

    private List<Item> staticItems(String collection) {
        return switch (collection) {
            case "places" -> places != null ? places : (places = buildPlaces());
            case "timeline" -> timeline != null ? timeline : (timeline = buildTimeline());
            case "changes" -> changes != null ? changes : (changes = buildChanges());
            case "events" -> events != null ? events : (events = buildEvents());
            default -> throw new IllegalArgumentException("unknown collection '" + collection + "'");
        };
    }

    private List<Item> buildPlaces() {
        List<Item> out = new ArrayList<>();
        for (PlaceHistory h : layers.mappedPlaces()) {
            List<Period> ps = h.periods();
            Period last = ps.isEmpty() ? null : ps.get(ps.size() - 1);
            LocalDate start = ps.isEmpty() ? null : ps.get(0).from();
            LocalDate end = last == null ? null : last.to();
            Map<String, Object> m = Features.place(h.place(), last, last == null ? List.of() : h.behind(last));
            m.put("periods", ps.size());
            out.add(item(h.place().id(), Shape.point(Layers.position(h.place())), m, start, end));
        }
        return List.copyOf(out);
    }

    private List<Item> buildTimeline() {
        List<Item> out = new ArrayList<>();
        for (PlaceHistory h : layers.mappedPlaces()) {
            LonLat at = Layers.position(h.place());
            for (Period p : h.periods()) {
                out.add(item(h.place().id() + "." + p.from(), Shape.point(at), Features.timeline(h.place(), p), p.from(), p.to()));
            }
        }
        return List.copyOf(out);
    }

    /** A change wherever a period's control differs from the one before it (or nothing was known before). */
    private List<Item> buildChanges() {
        List<Item> out = new ArrayList<>();
        for (PlaceHistory h : layers.mappedPlaces()) {
            LonLat at = Layers.position(h.place());
            for (Layers.ControlChange c : Layers.controlChanges(h)) {
                Period p = c.period();
                Map<String, Object> m = Layers.props();
                m.put("layer", "changes");
                Layers.putChange(m, h, c);
                m.put("start", p.from());
                m.put("end", p.from().plusDays(1));
                out.add(item(h.place().id() + "." + p.from(), Shape.point(at), m, p.from(), p.from().plusDays(1)));
            }
        }
        out.sort(Comparator.comparing(Item::start).thenComparing(Item::id));
        return List.copyOf(out);
    }

    private List<Item> buildEvents() {
        List<Item> out = new ArrayList<>();
        for (Event e : layers.events()) {
            LonLat at = Layers.position(e.place());
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date();
            LocalDate to = e.dateMax() != null ? e.dateMax() : e.date();
            if (at == null || from == null || to == null) continue;
            Map<String, Object> m = Features.change(e, layers.english(), layers.arabic());
            m.put("layer", "events");
            m.put("start", from);
            m.put("end", to.plusDays(1));
            out.add(item(e.id(), Shape.point(at), m, from, to.plusDays(1)));
        }
        out.sort(Comparator.comparing(Item::start).thenComparing(Item::id));
        return List.copyOf(out);
    }

    private static Item item(String id, Shape shape, Map<String, Object> props, LocalDate start, LocalDate end) {
        props.putIfAbsent("start", start);
        props.putIfAbsent("end", end);
        return new Item(id, GeoJson.feature(id, shape, props), shape.bbox(), start, end);
    }

    // ------------------------------------------------------------------ filters and extents

    static boolean matches(Item it, Query q) {
        if (q.bbox() != null) {
            double[] b = it.bbox(), w = q.bbox();
            if (b == null || b[0] > w[2] || b[2] < w[0] || b[1] > w[3] || b[3] < w[1]) return false;
        }
        return overlaps(it.start(), it.end(), q);
    }

    /** Does [start, end) of whole days meet the closed interval [from, to]? Unknown times meet only no filter. */
    static boolean overlaps(LocalDate start, LocalDate end, Query q) {
        if (q.from() == null && q.to() == null) return true;
        if (start == null) return false;
        Instant s = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant e = end == null ? null : end.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (q.to() != null && s.isAfter(q.to())) return false;
        return q.from() == null || e == null || q.from().isBefore(e);
    }

    private List<Info> buildInfos() {
        double[] pointBox = null;
        LocalDate first = null, last = null;
        boolean open = false;
        for (Item it : staticItems("timeline")) {
            pointBox = union(pointBox, it.bbox());
            if (first == null || it.start().isBefore(first)) first = it.start();
            if (it.end() == null) open = true;
            else if (last == null || it.end().isAfter(last)) last = it.end();
        }
        LocalDate end = open ? null : last;
        // Territory reaches up to the widest reach beyond the places (25 km is about a quarter degree).
        double[] areaBox = pointBox == null ? null
                : new double[] {pointBox[0] - 0.3, pointBox[1] - 0.25, pointBox[2] + 0.3, pointBox[3] + 0.25};
        double[] eventBox = null;
        LocalDate evFirst = null, evLast = null;
        for (Item it : staticItems("events")) {
            eventBox = union(eventBox, it.bbox());
            if (evFirst == null || it.start().isBefore(evFirst)) evFirst = it.start();
            if (evLast == null || it.end().isAfter(evLast)) evLast = it.end();
        }
        return List.of(
                new Info("places", "Places", "Each place on the map, with the side holding it at the end of the record", pointBox, first, end),
                new Info("areas", "Territory", "Each side's estimated territory, and each contested place's, for each stretch of dates between two changes of control: Voronoi cells of the gazetteer's places, each coloured by the held place within reach that is nearest in units of its reach, clipped to Syria's border", areaBox, first, end),
                new Info("fronts", "Front lines", "Where two sides' estimated territories meet, for each stretch of dates between two changes of control", areaBox, first, end),
                new Info("changes", "Changes of control", "Each change of a place's holder, on the day it happened", pointBox, first, end),
                new Info("events", "Reports", "Each control-change report read from an article, over its date window, with the sentence and the outlet", eventBox, evFirst, evLast),
                new Info("timeline", "Control periods", "Each period of control of each place, from start (inclusive) to end (exclusive; null while current)", pointBox, first, end));
    }

    private static double[] union(double[] a, double[] b) {
        if (b == null) return a;
        if (a == null) return b.clone();
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
    }
}
