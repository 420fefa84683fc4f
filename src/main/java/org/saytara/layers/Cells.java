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
 * castle or an airport that belongs to a town is part of the town's cell), and the cut follows
 * Syria's border from the bundled {@code geodata/countries.geojson}.
 */
public final class Cells {
    /** Filler sites this far apart where no place is near: a lone place's cell stays about this wide. */
    static final double FILLER_KM = 10;
    /** ISO 3166-1 numeric code of the country mapped. */
    static final String COUNTRY_ISO = "760";

    private static final Map<Gazetteer, Cells> BY_GAZETTEER = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile Shape border;
    private static volatile boolean borderRead;

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
        Shape country = border();
        if (sites.isEmpty() && country == null) return new Cells(null, Map.of());
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

    /** Syria's outline, or null when the bundled countries file is missing (then the sites' hull is cut). */
    static Shape border() {
        if (!borderRead) {
            synchronized (Cells.class) {
                if (!borderRead) {
                    try (InputStream in = Cells.class.getResourceAsStream("/geodata/countries.geojson")) {
                        border = in == null ? null : Outline.read(in, COUNTRY_ISO, "geodata/countries.geojson");
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read geodata/countries.geojson", e);
                    }
                    borderRead = true;
                }
            }
        }
        return border;
    }

    private record Site(String id, LonLat at) {}
}
