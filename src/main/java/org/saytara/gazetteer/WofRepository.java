package org.saytara.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.saytara.json.Json;

/**
 * Reads a checkout of Who's On First's Syria repository ({@code whosonfirst-data-admin-sy}): one
 * GeoJSON file per place under {@code data/}. Keeps the localities (with their GeoNames fields and
 * Arabic names) and the polygons of the regions (governorates) and counties (districts); alternate
 * geometries ({@code *-alt-*.geojson}) are skipped. Files are read in path order, so the result does
 * not depend on the file system.
 */
final class WofRepository {
    /** A WOF locality: the fields the import uses, straight from the file. */
    record Locality(long wofId, Long geonamesId, String wofName, String gnName, String gnAsciiName,
                    List<String> namesAr, List<String> namesLatin, double lat, double lon, String featureCode,
                    long population, boolean deprecated, int isCurrent, long regionId, long countyId) {}

    /** A region or county with its polygon. */
    record Area(long wofId, String placetype, String name, String isoCode, long parentId, Polygons polygon) {}

    final List<Locality> localities = new ArrayList<>();
    final List<Area> areas = new ArrayList<>();
    int filesRead;

    private WofRepository() {}

    static WofRepository read(Path root) {
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            throw new GazetteerException(root + ": not a Who's On First checkout (no data/ folder)");
        }
        WofRepository repo = new WofRepository();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".geojson"))
                    .filter(p -> !p.getFileName().toString().contains("-alt"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + data, e);
        }
        for (Path f : files) {
            JsonNode root0;
            try {
                root0 = Json.mapper().readTree(f.toFile());
            } catch (IOException e) {
                throw new GazetteerException(f + ": not valid GeoJSON: " + e.getMessage(), e);
            }
            repo.filesRead++;
            JsonNode p = root0.path("properties");
            String placetype = p.path("wof:placetype").asText("");
            switch (placetype) {
                case "locality" -> repo.localities.add(locality(p));
                case "region", "county" -> {
                    Polygons poly = Polygons.of(root0.get("geometry"));
                    if (poly != null) {
                        repo.areas.add(new Area(p.path("wof:id").asLong(), placetype, p.path("wof:name").asText(),
                                p.path("wof:concordances").path("iso:code").asText(null), p.path("wof:parent_id").asLong(-1),
                                poly));
                    }
                }
                default -> { }
            }
        }
        return repo;
    }

    private static Locality locality(JsonNode p) {
        JsonNode gn = p.path("wof:concordances").path("gn:id");
        Long geonamesId = gn.canConvertToLong() && gn.asLong() > 0 ? gn.asLong() : null;
        List<String> ar = new ArrayList<>();
        strings(p.get("name:ara_x_preferred"), ar);
        strings(p.get("name:ara_x_variant"), ar);
        List<String> latin = new ArrayList<>();
        strings(p.get("name:eng_x_preferred"), latin);
        strings(p.get("name:eng_x_variant"), latin);
        strings(p.get("name:und_x_variant"), latin);
        boolean gnPoint = p.has("gn:latitude") && p.has("gn:longitude");
        double lat = gnPoint ? p.get("gn:latitude").asDouble() : p.path("geom:latitude").asDouble();
        double lon = gnPoint ? p.get("gn:longitude").asDouble() : p.path("geom:longitude").asDouble();
        boolean deprecated = p.hasNonNull("edtf:deprecated") || p.path("wof:superseded_by").size() > 0;
        long region = -1, county = -1;
        for (JsonNode h : p.path("wof:hierarchy")) {
            // a place on a disputed line has several hierarchies: keep the Syrian one
            if (h.path("country_id").asLong() != 85632413L) continue;
            region = h.path("region_id").asLong(-1);
            county = h.path("county_id").asLong(-1);
            if (region > 0) break;
        }
        return new Locality(p.path("wof:id").asLong(), geonamesId, p.path("wof:name").asText(""),
                p.path("gn:name").asText(null), p.path("gn:asciiname").asText(null), ar, latin, lat, lon,
                p.path("gn:feature_code").asText(null), p.path("gn:population").asLong(0), deprecated,
                p.path("mz:is_current").asInt(-1), region, county);
    }

    private static void strings(JsonNode n, List<String> out) {
        if (n == null) return;
        if (n.isTextual()) out.add(n.asText());
        else if (n.isArray()) for (JsonNode s : n) if (s.isTextual()) out.add(s.asText());
    }
}
