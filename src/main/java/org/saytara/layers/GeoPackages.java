package org.saytara.layers;

import static org.saytara.geo.GeoPackageFile.Type.BOOLEAN;
import static org.saytara.geo.GeoPackageFile.Type.DATE;
import static org.saytara.geo.GeoPackageFile.Type.INTEGER;
import static org.saytara.geo.GeoPackageFile.Type.REAL;
import static org.saytara.geo.GeoPackageFile.Type.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saytara.extract.Event;
import org.saytara.geo.GeoPackageFile;
import org.saytara.geo.GeoPackageFile.Column;
import org.saytara.geo.GeoPackageFile.Kind;
import org.saytara.geo.GeoPackageFile.Row;
import org.saytara.geo.GeoPackageFile.Table;
import org.saytara.geo.LonLat;
import org.saytara.geo.Shape;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;

/**
 * The map as GeoPackages: {@code timeline.gpkg} (every control period with {@code start} and
 * {@code end} typed DATE, for QGIS's Temporal Controller, with the places, the changes and the
 * reports) and one frame's {@code layers/{date}.gpkg} (places, territory, fronts and the reports of
 * that date). Lists (event ids, outlets) are written comma-separated.
 */
final class GeoPackages {
    private static final List<Column> PLACE = List.of(
            c("place_id", TEXT), c("name_ar", TEXT), c("name_en", TEXT), c("type", TEXT), c("side", TEXT),
            c("contested", BOOLEAN), c("claimed", BOOLEAN), c("claimed_side", TEXT), c("since", DATE), c("until", DATE),
            c("date_min", DATE), c("date_max", DATE), c("precision_km", REAL), c("event_ids", TEXT),
            c("article_ids", TEXT), c("outlets", TEXT));
    private static final List<Column> PERIOD = List.of(
            c("place_id", TEXT), c("name_ar", TEXT), c("name_en", TEXT), c("type", TEXT), c("control", TEXT),
            c("side", TEXT), c("contested", BOOLEAN), c("claimed", BOOLEAN), c("start", DATE), c("end", DATE),
            c("date_min", DATE), c("date_max", DATE), c("event_ids", TEXT), c("outlets", TEXT));
    private static final List<Column> EVENT = List.of(
            c("event_id", TEXT), c("kind", TEXT), c("actor_gaining", TEXT), c("actor_losing", TEXT),
            c("controller_after", TEXT), c("date", DATE), c("date_min", DATE), c("date_max", DATE),
            c("date_precision", TEXT), c("claimed", BOOLEAN), c("claimed_by", TEXT), c("outlet", TEXT), c("article", TEXT),
            c("evidence", TEXT), c("place_id", TEXT), c("name_ar", TEXT), c("name_en", TEXT), c("confidence", REAL),
            c("summary_en", TEXT), c("summary_ar", TEXT));
    private static final List<Column> CHANGE = List.of(
            c("place_id", TEXT), c("name_ar", TEXT), c("name_en", TEXT), c("type", TEXT), c("from_control", TEXT),
            c("to_control", TEXT), c("side", TEXT), c("claimed", BOOLEAN), c("date", DATE), c("date_min", DATE),
            c("date_max", DATE), c("event_ids", TEXT), c("outlets", TEXT));
    private static final List<Column> AREA = List.of(
            c("side", TEXT), c("contested", BOOLEAN), c("claimed", BOOLEAN), c("area_km2", REAL), c("place_ids", TEXT),
            c("name_ar", TEXT), c("name_en", TEXT), c("since", DATE), c("event_ids", TEXT), c("method", TEXT),
            c("start", DATE), c("end", DATE));
    private static final List<Column> FRONT = List.of(
            c("side_a", TEXT), c("side_b", TEXT), c("length_km", REAL), c("method", TEXT), c("start", DATE), c("end", DATE));

    private GeoPackages() {}

    static byte[] timeline(Layers layers) {
        List<Row> periods = new ArrayList<>(), places = new ArrayList<>();
        for (PlaceHistory h : layers.mappedPlaces()) {
            Shape at = Shape.point(Layers.position(h.place()));
            for (Period p : h.periods()) periods.add(new Row(at, Features.timeline(h.place(), p)));
            Period last = h.periods().isEmpty() ? null : h.periods().get(h.periods().size() - 1);
            places.add(new Row(at, placeValues(h, last, layers)));
        }
        List<Row> events = new ArrayList<>();
        for (Event e : layers.events()) {
            LonLat at = Layers.position(e.place());
            if (at != null) events.add(new Row(Shape.point(at), Features.change(e, layers.english(), layers.arabic())));
        }
        List<Row> changes = new ArrayList<>();
        for (PlaceHistory h : layers.mappedPlaces()) {
            Shape at = Shape.point(Layers.position(h.place()));
            for (Layers.ControlChange c : Layers.controlChanges(h)) {
                Map<String, Object> m = Layers.props();
                Layers.putChange(m, h, c);
                changes.add(new Row(at, m));
            }
        }
        return GeoPackageFile.bytes(List.of(
                new Table("periods", "Control periods: who held each place from start (inclusive) to end (exclusive, empty while current)", Kind.POINT, PERIOD, periods),
                new Table("places", "Places on the map, with the side holding them at the end of the record", Kind.POINT, PLACE, places),
                new Table("changes", "Changes of a place's holder, on their day", Kind.POINT, CHANGE, changes),
                new Table("events", "Reports read from the articles, with the sentence and the outlet", Kind.POINT, EVENT, events)));
    }

    static byte[] frame(Layers layers, LocalDate date) {
        List<Row> places = new ArrayList<>();
        for (PlaceHistory h : layers.mappedPlaces()) {
            Period p = h.at(date).orElse(null);
            places.add(new Row(Shape.point(Layers.position(h.place())), placeValues(h, p, layers)));
        }
        Layers.TerritoryFrame t = layers.territoryAt(date);
        List<PlaceHistory> mapped = layers.mappedPlaces();
        List<Row> areas = new ArrayList<>();
        for (Layers.AreaPart a : t.areas()) {
            Map<String, Object> m;
            if (a.side() != null) {
                m = Features.sideArea(a.side(), a.placeIds(), a.region().areaKm2());
            } else {
                Period p = t.states()[a.placeIndex()];
                m = Features.contestedArea(mapped.get(a.placeIndex()).place(), p, mapped.get(a.placeIndex()).behind(p), a.region().areaKm2());
            }
            areas.add(new Row(a.region().shape(), m));
        }
        List<Row> fronts = new ArrayList<>();
        for (Layers.FrontPart f : t.fronts()) fronts.add(new Row(f.line().shape(), Features.front(f.a(), f.b(), f.line().lengthKm())));
        List<Row> changes = new ArrayList<>();
        for (Event e : layers.events()) {
            LonLat at = Layers.position(e.place());
            LocalDate from = e.dateMin() != null ? e.dateMin() : e.date(), to = e.dateMax() != null ? e.dateMax() : e.date();
            if (at == null || from == null || to == null || date.isBefore(from) || date.isAfter(to)) continue;
            changes.add(new Row(Shape.point(at), Features.change(e, layers.english(), layers.arabic())));
        }
        return GeoPackageFile.bytes(List.of(
                new Table("areas", "Estimated territory on " + date + ": " + Features.AREA_METHOD_TEXT, Kind.MULTIPOLYGON, AREA, areas),
                new Table("fronts", "Front lines on " + date + ": where two sides' territories meet", Kind.MULTILINESTRING, FRONT, fronts),
                new Table("places", "Places and who held them on " + date, Kind.POINT, PLACE, places),
                new Table("changes", "Reports whose date window holds " + date, Kind.POINT, EVENT, changes)));
    }

    private static Map<String, Object> placeValues(PlaceHistory h, Period p, Layers layers) {
        Map<String, Object> m = Features.place(h.place(), p, p == null ? List.of() : h.behind(p));
        m.put("place_id", h.place().id());
        return m;
    }

    private static Column c(String name, GeoPackageFile.Type type) {
        return new Column(name, type);
    }
}
