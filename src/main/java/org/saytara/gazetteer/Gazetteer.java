package org.saytara.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every place Saytara can put on the map: the curated places of {@code places.geojson} first, in
 * file order, then the Syrian populated places of GeoNames ({@code geonames-sy.tsv}) that no
 * curated place already stands for. Immutable and safe to share between threads.
 */
public final class Gazetteer {
    public static final String CURATED_FILE = "places.geojson";
    public static final String GEONAMES_FILE = "geonames-sy.tsv";

    private final List<Place> places;
    private final Map<String, Place> byId;
    private final Map<String, List<Place>> children;

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        Map<String, Place> ids = new LinkedHashMap<>();
        for (Place p : this.places) {
            if (ids.putIfAbsent(p.id(), p) != null) throw new GazetteerException("duplicate place id \"" + p.id() + "\"");
        }
        Map<String, List<Place>> kids = new LinkedHashMap<>();
        for (Place p : this.places) {
            if (p.parentId() == null) continue;
            if (!ids.containsKey(p.parentId())) {
                throw new GazetteerException("place \"" + p.id() + "\" names a parent \"" + p.parentId()
                        + "\" that is not in the gazetteer");
            }
            kids.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p);
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byId = Map.copyOf(ids);
        this.children = Map.copyOf(kids);
    }

    /**
     * Reads {@value #CURATED_FILE} (required) and {@value #GEONAMES_FILE} (optional: without it only
     * curated places are known) from a geodata folder.
     *
     * @throws GazetteerException naming file, feature index or line, and field when a file is
     *                            missing, unreadable or holds a place that cannot be trusted
     */
    public static Gazetteer load(Path geodataDir) {
        Path curatedFile = geodataDir.resolve(CURATED_FILE);
        if (!Files.isRegularFile(curatedFile)) {
            throw new GazetteerException(CURATED_FILE + ": not found in " + geodataDir);
        }
        List<Place> curated = CuratedPlaces.read(curatedFile);
        Path geonamesFile = geodataDir.resolve(GEONAMES_FILE);
        List<GeoNamesRow> rows = Files.isRegularFile(geonamesFile) ? GeoNamesTsv.read(geonamesFile) : List.of();
        return new Gazetteer(GeoNamesPlaces.combine(curated, rows));
    }

    /**
     * A gazetteer of the given places, as they are (tests, tools).
     *
     * @throws GazetteerException on a duplicate id or a parent that is not among the places
     */
    public static Gazetteer of(List<Place> places) {
        return new Gazetteer(places);
    }

    /** Curated places first, then GeoNames ones. */
    public List<Place> places() {
        return places;
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Places whose parent is {@code parentId} (Tadmur's castle, prison, airport …), in gazetteer order. */
    public List<Place> children(String parentId) {
        return children.getOrDefault(parentId, List.of());
    }
}
