package org.saytara.layers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.saytara.extract.PlaceRef;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.geo.LonLat;
import org.saytara.geo.Outline;
import org.saytara.geo.Shape;
import org.saytara.geo.Tessellation;

/**
 * The country cut into cells around the gazetteer's places, once per gazetteer: every snapshot of
 * a running server colours the same cells. The sites are the places that stand on their own (a
 * castle or an airport that belongs to a town is part of the town's cell), and the cut follows the
 * border of the country of the bundled {@code geodata/countries.geojson} that holds most of them
 * (Syria for Syria's gazetteer); when none holds half of them (another conflict's gazetteer, for a
 * country the file does not outline), the cut is the places' own hull widened by 30 km.
 */
public final class Cells {
    /** Filler sites this far apart where no place is near: a lone place's cell stays about this wide. */
    static final double FILLER_KM = 10;

    private static final Map<Gazetteer, Cells> BY_GAZETTEER = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile Map<String, Shape> countries;

    final Tessellation tessellation;
    private final Map<String, Integer> cellOfPlace;

    private Cells(Tessellation tessellation, Map<String, Integer> cellOfPlace) {
        this.tessellation = tessellation;
        this.cellOfPlace = cellOfPlace;
    }

    /** The cells of a gazetteer's places, built on first use and kept while the gazetteer lives. */
    public static Cells of(Gazetteer gazetteer) {
        Cells known = BY_GAZETTEER.get(gazetteer);
        if (known != null) return known;
        List<Site> sites = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            if (p.parentId() != null) continue;
            LonLat at = Layers.position(PlaceRef.of(p));
            if (at != null) sites.add(new Site(p.id(), at));
        }
        Cells built = of(sites);
        BY_GAZETTEER.put(gazetteer, built);
        return built;
    }

    /** Cells in the country. */
    int size() {
        return tessellation == null ? 0 : tessellation.cellCount();
    }

    /** The cells of the places of some map, when no gazetteer is at hand (tools, tests). */
    static Cells ofPlaces(Collection<PlaceRef> places) {
        List<Site> sites = new ArrayList<>();
        for (PlaceRef p : places) {
            LonLat at = Layers.position(p);
            if (at != null) sites.add(new Site(p.id(), at));
        }
        return of(sites);
    }

    private static Cells of(List<Site> sites) {
        Shape country = border(sites);
        if (sites.isEmpty()) return new Cells(null, Map.of());
        Tessellation t = Tessellation.of(sites.stream().map(Site::at).toList(), country, FILLER_KM);
        Map<String, Integer> cells = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) cells.putIfAbsent(sites.get(i).id(), t.cellOfSite(i));
        return new Cells(t, Map.copyOf(cells));
    }

    /** The cell a place is the site of, or -1 when it is none's (a sub-place, or a place of no gazetteer). */
    int cellOf(String placeId) {
        Integer c = cellOfPlace.get(placeId);
        return c == null ? -1 : c;
    }

    /**
     * The outline of the country holding most of the sites (more than half), or null: then the
     * sites' hull is cut. With no sites at all there is nothing to map.
     */
    static Shape border(List<Site> sites) {
        if (sites.isEmpty()) return null;
        Shape best = null;
        int bestCount = 0;
        for (Shape country : countries().values()) {
            int n = 0;
            for (Site s : sites) if (Outline.contains(country, s.at())) n++;
            if (n > bestCount) {
                bestCount = n;
                best = country;
            }
        }
        return bestCount * 2 > sites.size() ? best : null;
    }

    private static Map<String, Shape> countries() {
        Map<String, Shape> c = countries;
        if (c == null) {
            synchronized (Cells.class) {
                if (countries == null) {
                    try (InputStream in = Cells.class.getResourceAsStream("/geodata/countries.geojson")) {
                        countries = in == null ? Map.of() : Outline.readAll(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read geodata/countries.geojson", e);
                    }
                }
                c = countries;
            }
        }
        return c;
    }

    private record Site(String id, LonLat at) {}
}
