package org.saytara.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Every place Saytara can put on the map: the curated places of {@code places.geojson} first, in
 * file order, then the populated places of Syria ({@code localities-sy.tsv}) that no curated place
 * already stands for, then the governorates, districts and sub-districts ({@code regions-sy.tsv}).
 * Immutable and safe to share between threads.
 */
public final class Gazetteer {
    public static final String CURATED_FILE = "places.geojson";
    public static final String LOCALITIES_FILE = LocalityRow.FILE;
    public static final String REGIONS_FILE = RegionRow.FILE;
    public static final String WORDS_FILE = OrdinaryWords.FILE;

    private final List<Place> places;
    private final Map<String, Place> byId;
    private final Map<String, List<Place>> children;
    private final Map<String, Place> regionsByCode;
    private final Map<String, Place> seats;
    private final OrdinaryWords words;

    private Gazetteer(List<Place> places, Map<String, String> seatIds, OrdinaryWords words) {
        this.places = List.copyOf(places);
        this.words = words;
        Map<String, Place> ids = new HashMap<>();
        Map<Long, Place> byGeonames = new HashMap<>();
        Map<String, Place> regions = new HashMap<>();
        for (Place p : this.places) {
            if (ids.putIfAbsent(p.id(), p) != null) throw new GazetteerException("duplicate place id \"" + p.id() + "\"");
            if (p.geonamesId() != null && !p.isAdminRegion()) byGeonames.putIfAbsent(p.geonamesId(), p);
            if (p.isAdminRegion()) regions.put(p.adminCode(), p);
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
        Map<String, Place> seatPlaces = new HashMap<>();
        seatIds.forEach((region, seat) -> {
            // a seat merged into a curated place answers to the curated id
            Place s = ids.get(seat);
            if (s == null && seat.startsWith("gn:")) s = byGeonames.get(Long.parseLong(seat.substring(3)));
            if (s != null) seatPlaces.put(region, s);
        });
        this.byId = ids;
        this.children = Map.copyOf(kids);
        this.regionsByCode = Map.copyOf(regions);
        this.seats = Map.copyOf(seatPlaces);
    }

    /**
     * Reads {@value #CURATED_FILE} (required), and {@value #LOCALITIES_FILE}, {@value #REGIONS_FILE},
     * {@value #WORDS_FILE} (optional: without them only curated places are known) from a geodata
     * folder.
     *
     * @throws GazetteerException naming file, feature index or line, and field when a file is
     *                            missing, unreadable or holds a place that cannot be trusted
     */
    public static Gazetteer load(Path geodataDir) {
        Path curatedFile = geodataDir.resolve(CURATED_FILE);
        if (!Files.isRegularFile(curatedFile)) {
            throw new GazetteerException(CURATED_FILE + ": not found in " + geodataDir);
        }
        // the imported files are read on a second thread while the curated file's JSON is parsed:
        // start-up waits for the slower of the two, not for both
        CompletableFuture<Imported> imported = CompletableFuture.supplyAsync(() -> Imported.read(geodataDir));
        CuratedPlaces.CuratedFile curated = CuratedPlaces.readFile(curatedFile);
        Imported im;
        try {
            im = imported.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        Map<String, String> seats = new HashMap<>();
        for (RegionRow r : im.regions()) if (r.seat() != null) seats.put(r.id(), r.seat());
        return new Gazetteer(BroadPlaces.combine(curated, im.localities(), im.regions(), im.words()), seats, im.words());
    }

    /** What import-gazetteer wrote: each file optional. */
    private record Imported(List<LocalityRow> localities, List<RegionRow> regions, OrdinaryWords words) {
        static Imported read(Path dir) {
            Path localitiesFile = dir.resolve(LOCALITIES_FILE);
            Path regionsFile = dir.resolve(REGIONS_FILE);
            return new Imported(Files.isRegularFile(localitiesFile) ? LocalityRow.read(localitiesFile) : List.of(),
                    Files.isRegularFile(regionsFile) ? RegionRow.read(regionsFile) : List.of(), OrdinaryWords.read(dir));
        }
    }

    /**
     * A gazetteer of the given places, as they are (tests, tools).
     *
     * @throws GazetteerException on a duplicate id or a parent that is not among the places
     */
    public static Gazetteer of(List<Place> places) {
        return new Gazetteer(places, Map.of(), OrdinaryWords.none());
    }

    /** The same, with the names that are ordinary words (tests). */
    public static Gazetteer of(List<Place> places, java.util.Set<String> ordinaryWords) {
        return new Gazetteer(places, Map.of(), OrdinaryWords.of(ordinaryWords));
    }

    /** Curated places first, then imported localities, then administrative regions. */
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

    /** The governorate, district or sub-district with this P-code ({@code SY02}), if known. */
    public Optional<Place> region(String pcode) {
        return pcode == null ? Optional.empty() : Optional.ofNullable(regionsByCode.get(pcode));
    }

    /** The town that seats a region (Aleppo for the governorate of Aleppo), if known. */
    public Optional<Place> seatOf(Place region) {
        return Optional.ofNullable(seats.get(region.id()));
    }

    /** The place names that are also ordinary words. */
    public OrdinaryWords ordinaryWords() {
        return words;
    }
}
