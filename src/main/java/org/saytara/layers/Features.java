package org.saytara.layers;

import java.util.List;
import java.util.Map;
import org.saytara.extract.Event;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.timeline.Assessment;
import org.saytara.timeline.Period;

/** The properties of each kind of feature, in a fixed order, with the contract's snake_case names. */
final class Features {
    private Features() {}

    /** A place's point; {@code p} null when nothing is known of it on the date. */
    static Map<String, Object> place(PlaceRef place, Period p, List<Event> behind) {
        Map<String, Object> m = Layers.props();
        m.put("layer", "places");
        m.put("id", place.id());
        m.put("name_ar", place.nameAr());
        m.put("name_en", place.nameEn());
        m.put("type", place.type() == null ? null : place.type().code());
        Side side = p == null ? null : p.control().side();
        m.put("side", side == null ? null : side.code());
        m.put("contested", p != null && p.control().contested());
        m.put("claimed", p != null && p.claimed());
        Side claimant = p != null && p.claimed() ? Layers.claimant(behind) : null;
        m.put("claimed_side", claimant == null ? null : claimant.code());
        m.put("since", p == null ? null : p.from());
        m.put("until", p == null ? null : p.to());
        m.put("date_min", p == null ? null : p.dateMin());
        m.put("date_max", p == null ? null : p.dateMax());
        m.put("precision_km", place.precisionKm());
        m.put("event_ids", p == null ? List.of() : p.eventIds());
        m.put("article_ids", Layers.articles(behind));
        m.put("outlets", p == null ? List.of() : p.outlets());
        putPin(m, p);
        m.put("reviewed_by", reviewers(behind));
        return m;
    }

    /** Who fixed this period by a pin, and why; nulls when the reports made it. */
    private static void putPin(Map<String, Object> m, Period p) {
        Assessment a = p == null ? null : p.pinned();
        m.put("pinned_by", a == null ? null : a.by());
        m.put("pin_note", a == null ? null : a.note());
    }

    /** The distinct reviewers of these events, for provenance. */
    private static List<String> reviewers(List<Event> events) {
        return events.stream().filter(e -> e.review() != null).map(e -> e.review().by()).distinct().toList();
    }

    /** How the areas are estimated, in one line; the page's legend says the same. */
    static final String AREA_METHOD = "voronoi-reach";
    static final String AREA_METHOD_TEXT = "Voronoi cells of the gazetteer's places, each coloured by the held place "
            + "that reaches it (a reach that fits the place's type) and is nearest in units of that reach, clipped to "
            + "Syria's border; contested places' cells apart, cells no held place reaches left blank";

    /** A side's territory: the cells its places govern; {@code placeIds} are those places. */
    static Map<String, Object> sideArea(Side side, List<String> placeIds, double areaKm2) {
        Map<String, Object> m = Layers.props();
        m.put("layer", "areas");
        m.put("side", side.code());
        m.put("contested", false);
        m.put("claimed", false);
        m.put("area_km2", round2(areaKm2));
        m.put("place_ids", placeIds);
        m.put("method", AREA_METHOD);
        return m;
    }

    /** A front line: where the territories of two sides meet. */
    static Map<String, Object> front(Side a, Side b, double lengthKm) {
        Map<String, Object> m = Layers.props();
        m.put("layer", "fronts");
        m.put("side_a", a.code());
        m.put("side_b", b.code());
        m.put("sides", List.of(a.code(), b.code()));
        m.put("length_km", round2(lengthKm));
        m.put("method", AREA_METHOD);
        return m;
    }

    static Map<String, Object> contestedArea(PlaceRef place, Period p, List<Event> behind, double areaKm2) {
        Map<String, Object> m = Layers.props();
        m.put("layer", "areas");
        m.put("side", "contested");
        m.put("contested", true);
        m.put("claimed", p.claimed());
        Side claimant = p.claimed() ? Layers.claimant(behind) : null;
        m.put("claimed_side", claimant == null ? null : claimant.code());
        m.put("area_km2", round2(areaKm2));
        m.put("place_ids", List.of(place.id()));
        m.put("name_ar", place.nameAr());
        m.put("name_en", place.nameEn());
        m.put("since", p.from());
        m.put("event_ids", p.eventIds());
        m.put("method", AREA_METHOD);
        putPin(m, p);
        return m;
    }

    static Map<String, Object> change(Event e, English english, Arabic arabic) {
        Map<String, Object> m = Layers.props();
        m.put("layer", "changes");
        m.put("event_id", e.id());
        m.put("kind", e.kind().code());
        m.put("actor_gaining", e.actorGaining());
        m.put("actor_losing", e.actorLosing());
        m.put("controller_after", e.controllerAfter() == null ? null : e.controllerAfter().code());
        m.put("date", e.date());
        m.put("date_min", e.dateMin());
        m.put("date_max", e.dateMax());
        m.put("date_precision", e.datePrecision() == null ? null : e.datePrecision().code());
        m.put("claimed", e.claimed());
        m.put("claimed_by", e.claimedBy());
        m.put("outlet", e.outlet());
        m.put("article", e.article());
        m.put("evidence", e.evidence());
        // offsets into the article text, so a map or a reader can mark the place in the sentence
        m.put("evidence_span", span(e.evidenceSpan()));
        m.put("place_span", span(e.placeSpan()));
        m.put("place_id", e.place().id());
        m.put("name_ar", e.place().nameAr());
        m.put("name_en", e.place().nameEn());
        m.put("confidence", e.confidence());
        m.put("summary_en", english.summary(e));
        m.put("summary_ar", arabic.summary(e));
        m.put("review_status", e.review() == null ? null : e.review().status());
        m.put("reviewed_by", e.review() == null ? null : e.review().by());
        return m;
    }

    private static Map<String, Object> span(org.saytara.extract.Span span) {
        if (span == null) return null;
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("start", span.start());
        m.put("end", span.end());
        return m;
    }

    /** One period of the time-enabled export: QGIS, Leaflet.timeline and kepler.gl read start/end. */
    static Map<String, Object> timeline(PlaceRef place, Period p) {
        Map<String, Object> m = Layers.props();
        m.put("layer", "timeline");
        m.put("place_id", place.id());
        m.put("name_ar", place.nameAr());
        m.put("name_en", place.nameEn());
        m.put("type", place.type() == null ? null : place.type().code());
        m.put("control", p.control().code());
        Side side = p.control().side();
        m.put("side", side == null ? null : side.code());
        m.put("contested", p.control().contested());
        m.put("claimed", p.claimed());
        m.put("start", p.from());
        m.put("end", p.to());
        m.put("date_min", p.dateMin());
        m.put("date_max", p.dateMax());
        m.put("event_ids", p.eventIds());
        m.put("outlets", p.outlets());
        putPin(m, p);
        return m;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
