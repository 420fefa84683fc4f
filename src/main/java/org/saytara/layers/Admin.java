package org.saytara.layers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.saytara.gazetteer.Geo;

/**
 * The governorate (admin1) and district (admin2) a position most likely lies in, for the ACLED-style
 * CSV. Saytara has no boundary polygons, so this is an estimate and is named so in the README: the
 * governorate is that of the nearest GeoNames populated place ({@code geodata/geonames-sy.tsv} records
 * each one's first-level code), and the district is named after the nearest district or governorate
 * seat (GeoNames PPLA2 / PPLA / PPLC) of that governorate, as Syria's districts are named after their seats.
 */
final class Admin {
    private record Town(String name, double lat, double lon, String admin1, boolean seat) {}

    /** admin1 name (ACLED's spelling) and admin2 name, either null when nothing is near. */
    record Area(String admin1, String admin2) {}

    private static volatile List<Town> towns;

    private Admin() {}

    static Area of(double lat, double lon) {
        List<Town> all = towns();
        Town nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (Town t : all) {
            double d = Geo.km(lat, lon, t.lat(), t.lon());
            if (d < best) {
                best = d;
                nearest = t;
            }
        }
        if (nearest == null || best > 150) return new Area(null, null);
        Labels.Label a1 = Labels.get().all().getOrDefault("admin1", java.util.Map.of()).get(nearest.admin1());
        Town seat = null;
        double seatKm = Double.POSITIVE_INFINITY;
        for (Town t : all) {
            if (!t.seat() || !t.admin1().equals(nearest.admin1())) continue;
            double d = Geo.km(lat, lon, t.lat(), t.lon());
            if (d < seatKm) {
                seatKm = d;
                seat = t;
            }
        }
        return new Area(a1 == null ? null : a1.en(), seat == null ? null : seat.name());
    }

    private static List<Town> towns() {
        List<Town> t = towns;
        if (t == null) t = towns = read();
        return t;
    }

    private static List<Town> read() {
        List<Town> out = new ArrayList<>();
        try (InputStream in = Admin.class.getResourceAsStream("/geodata/geonames-sy.tsv")) {
            if (in == null) return List.of();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(r.readLine().split("\t", -1));
            int name = header.indexOf("asciiname"), lat = header.indexOf("latitude"), lon = header.indexOf("longitude"),
                    code = header.indexOf("feature_code"), admin1 = header.indexOf("admin1");
            if (Math.min(Math.min(name, lat), Math.min(Math.min(lon, code), admin1)) < 0) return List.of();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < header.size() || f[admin1].isBlank()) continue;
                try {
                    boolean seat = f[code].equals("PPLA2") || f[code].equals("PPLA") || f[code].equals("PPLC");
                    out.add(new Town(f[name], Double.parseDouble(f[lat]), Double.parseDouble(f[lon]), f[admin1], seat));
                } catch (NumberFormatException e) {
                    // the gazetteer's own loader reports bad rows; an estimate just skips them
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read geodata/geonames-sy.tsv", e);
        }
        return List.copyOf(out);
    }
}
