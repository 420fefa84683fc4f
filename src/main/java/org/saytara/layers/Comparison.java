package org.saytara.layers;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.saytara.extract.Side;
import org.saytara.geo.GeoJson;
import org.saytara.geo.Region;
import org.saytara.geo.Shape;
import org.saytara.json.Json;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;

/** Two dates side by side: places and km² each side gained and lost between them, drawn as cells. */
final class Comparison {
    private Comparison() {}

    static String of(Layers layers, LocalDate from, LocalDate to) {
        Layers.TerritoryFrame a = layers.territoryAt(from), b = layers.territoryAt(to);
        String[] cellsA = labels(a), cellsB = labels(b);
        List<PlaceHistory> mapped = layers.mappedPlaces();
        var cells = layers.territoryCells();

        TreeSet<String> sides = new TreeSet<>();
        for (String s : cellsA) if (s != null && !s.equals("contested")) sides.add(s);
        for (String s : cellsB) if (s != null && !s.equals("contested")) sides.add(s);
        List<Map<String, Object>> places = new ArrayList<>();
        Map<String, List<Map<String, Object>>> gainedPlaces = new TreeMap<>(), lostPlaces = new TreeMap<>();
        List<String> features = new ArrayList<>();
        for (PlaceHistory h : mapped) {
            String was = holder(h.at(from).orElse(null)), now = holder(h.at(to).orElse(null));
            if (was != null && !was.equals("contested")) sides.add(was);
            if (now != null && !now.equals("contested")) sides.add(now);
            if (java.util.Objects.equals(was, now)) continue;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", h.place().id());
            p.put("name_ar", h.place().nameAr());
            p.put("name_en", h.place().nameEn());
            p.put("type", h.place().type() == null ? null : h.place().type().code());
            p.put("from_control", was);
            p.put("to_control", now);
            places.add(p);
            if (now != null && !now.equals("contested")) gainedPlaces.computeIfAbsent(now, k -> new ArrayList<>()).add(p);
            if (was != null && !was.equals("contested")) lostPlaces.computeIfAbsent(was, k -> new ArrayList<>()).add(p);
            Map<String, Object> f = new LinkedHashMap<>(p);
            f.put("layer", "place_change");
            features.add(GeoJson.feature(Shape.point(Layers.position(h.place())), f));
        }

        List<Map<String, Object>> table = new ArrayList<>();
        for (String side : sides) {
            List<Integer> gained = new ArrayList<>(), lost = new ArrayList<>();
            double kmA = 0, kmB = 0;
            for (int c = 0; c < cellsA.length; c++) {
                boolean inA = side.equals(cellsA[c]), inB = side.equals(cellsB[c]);
                if (inA) kmA += cells.areaKm2(c);
                if (inB) kmB += cells.areaKm2(c);
                if (inB && !inA) gained.add(c);
                if (inA && !inB) lost.add(c);
            }
            Region g = gained.isEmpty() ? null : cells.region(gained.stream().mapToInt(Integer::intValue).toArray());
            Region l = lost.isEmpty() ? null : cells.region(lost.stream().mapToInt(Integer::intValue).toArray());
            if (g != null) features.add(0, GeoJson.feature(g.shape(), area("gained", side, g.areaKm2())));
            if (l != null) features.add(0, GeoJson.feature(l.shape(), area("lost", side, l.areaKm2())));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("side", side);
            row.put("km2_from", Features.round2(kmA));
            row.put("km2_to", Features.round2(kmB));
            row.put("km2_gained", Features.round2(g == null ? 0 : g.areaKm2()));
            row.put("km2_lost", Features.round2(l == null ? 0 : l.areaKm2()));
            row.put("places_gained", gainedPlaces.getOrDefault(side, List.of()));
            row.put("places_lost", lostPlaces.getOrDefault(side, List.of()));
            table.add(row);
        }
        try {
            return "{\"type\":\"FeatureCollection\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"method\":\""
                    + Features.AREA_METHOD + "\",\"sides\":" + Json.mapper().writeValueAsString(table) + ",\"places\":"
                    + Json.mapper().writeValueAsString(places) + ",\"features\":[" + String.join(",", features) + "]}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> area(String layer, String side, double km2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", layer);
        m.put("side", side);
        m.put("area_km2", Features.round2(km2));
        m.put("method", Features.AREA_METHOD);
        return m;
    }

    /** The side code of each cell's governor, "contested", or null where unknown. */
    private static String[] labels(Layers.TerritoryFrame t) {
        String[] out = new String[t.governor().length];
        for (int c = 0; c < out.length; c++) {
            int k = t.governor()[c];
            out[c] = k < 0 ? null : holder(t.states()[k]);
        }
        return out;
    }

    private static String holder(Period p) {
        if (p == null) return null;
        Side s = p.control().side();
        return s == null ? "contested" : s.code();
    }
}
