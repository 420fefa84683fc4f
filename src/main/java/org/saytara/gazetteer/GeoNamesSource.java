package org.saytara.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional GeoNames input of {@link GazetteerImport}: either {@code geonames-sy.tsv} as
 * {@code import-geonames} writes it, or a GeoNames dump in the 19-column format (its Syrian rows).
 */
final class GeoNamesSource {
    private GeoNamesSource() {}

    static Map<Long, GeoNamesRow> read(Path file) {
        String first;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = in.readLine();
        } catch (IOException e) {
            throw new GazetteerException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<GeoNamesRow> rows = GeoNamesRow.header().equals(first) ? GeoNamesTsv.read(file)
                : GeoNamesImport.readDump(file, "SY").rows();
        Map<Long, GeoNamesRow> byId = new LinkedHashMap<>();
        for (GeoNamesRow r : rows) byId.put(r.geonameId(), r);
        return byId;
    }
}
