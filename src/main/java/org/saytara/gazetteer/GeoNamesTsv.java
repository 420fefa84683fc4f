package org.saytara.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code geonames-sy.tsv} (columns in {@link GeoNamesRow}), failing on the first bad line. */
final class GeoNamesTsv {
    private GeoNamesTsv() {}

    static List<GeoNamesRow> read(Path file) {
        String name = file.getFileName().toString();
        List<GeoNamesRow> rows = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.equals(GeoNamesRow.header())) {
                throw new GazetteerException(name + ": line 1: header must be " + GeoNamesRow.header().replace('\t', ' ')
                        + " (rebuild the file with the import-geonames command)");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                GeoNamesRow row = parse(line, name, number);
                if (!ids.add(row.geonameId())) {
                    throw GazetteerException.at(name, "line " + number, "geonameid",
                            "duplicate id " + row.geonameId());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new GazetteerException(name + ": cannot read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static GeoNamesRow parse(String line, String file, int number) {
        String[] f = line.split("\t", -1);
        String where = "line " + number;
        if (f.length != GeoNamesRow.COLUMNS.size()) {
            throw new GazetteerException(file + ": " + where + ": " + f.length + " columns, expected "
                    + GeoNamesRow.COLUMNS.size());
        }
        long id = parseLong(f[0], file, where, "geonameid");
        if (id <= 0) throw GazetteerException.at(file, where, "geonameid", "not a positive number");
        if (f[1].isBlank()) throw GazetteerException.at(file, where, "name", "missing");
        double lat = parseDouble(f[6], file, where, "latitude");
        double lon = parseDouble(f[7], file, where, "longitude");
        if (lat < -90 || lat > 90) throw GazetteerException.at(file, where, "latitude", "out of range: " + f[6]);
        if (lon < -180 || lon > 180) throw GazetteerException.at(file, where, "longitude", "out of range: " + f[7]);
        long population = f[10].isBlank() ? 0 : parseLong(f[10], file, where, "population");
        return new GeoNamesRow(id, f[1].strip(), f[2].strip(), f[3].isBlank() ? null : f[3].strip(),
                list(f[4]), list(f[5]), lat, lon, f[8].strip(), f[9].strip(), population);
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static long parseLong(String s, String file, String where, String field) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw GazetteerException.at(file, where, field, "not a whole number: \"" + s + "\"");
        }
    }

    private static double parseDouble(String s, String file, String where, String field) {
        try {
            double d = Double.parseDouble(s.strip());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw GazetteerException.at(file, where, field, "not a number: \"" + s + "\"");
        }
    }
}
