package org.saytara.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code geodata/localities-sy.tsv}: a populated place of Syria with an Arabic name
 * (see geodata/README.md for every column).
 *
 * @param id          {@code gn:<geonames id>}, or {@code wof:<Who's On First id>} for the few
 *                    places GeoNames lacks
 * @param namesAr     every Arabic name, {@code nameAr} first
 * @param namesEn     Latin-script names, {@code nameEn} first
 * @param adm1        governorate P-code
 * @param adm2        district P-code
 */
record LocalityRow(String id, Long geonamesId, Long wofId, String nameAr, List<String> namesAr, String nameEn,
                   List<String> namesEn, double lat, double lon, String featureCode, long population, String adm1,
                   String adm2) {
    static final String FILE = "localities-sy.tsv";
    static final List<String> COLUMNS = List.of("id", "geonames_id", "wof_id", "name_ar", "names_ar", "name_en",
            "names_en", "latitude", "longitude", "feature_code", "population", "adm1", "adm2");
    private static final String REBUILD = "rebuild it with the import-gazetteer command";
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("(gn|wof):\\d+");

    LocalityRow {
        namesAr = List.copyOf(namesAr);
        namesEn = List.copyOf(namesEn);
    }

    List<String> toFields() {
        return List.of(id, geonamesId == null ? "" : geonamesId.toString(), wofId == null ? "" : wofId.toString(),
                TsvFile.clean(nameAr), TsvFile.join(namesAr), TsvFile.clean(nameEn), TsvFile.join(namesEn),
                TsvFile.coordinate(lat), TsvFile.coordinate(lon), featureCode, Long.toString(population),
                adm1 == null ? "" : adm1, adm2 == null ? "" : adm2);
    }

    static List<LocalityRow> read(Path file) {
        List<LocalityRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        TsvFile.read(file, COLUMNS, REBUILD, l -> {
            String id = l.get("id");
            if (!ID.matcher(id).matches()) throw l.error("id", "not gn:<number> or wof:<number>: \"" + id + "\"");
            if (!ids.add(id)) throw l.error("id", "duplicate id " + id);
            String nameAr = l.orNull("name_ar");
            if (nameAr == null) throw l.error("name_ar", "missing");
            String nameEn = l.orNull("name_en");
            if (nameEn == null) throw l.error("name_en", "missing");
            long gn = l.whole("geonames_id", 0);
            long wof = l.whole("wof_id", 0);
            long population = l.whole("population", 0);
            if (population < 0) throw l.error("population", "negative");
            String code = l.orNull("feature_code");
            if (code == null) throw l.error("feature_code", "missing");
            rows.add(new LocalityRow(id, gn > 0 ? gn : null, wof > 0 ? wof : null, nameAr, l.list("names_ar"), nameEn,
                    l.list("names_en"), l.decimal("latitude", -90, 90), l.decimal("longitude", -180, 180), code,
                    population, l.orNull("adm1"), l.orNull("adm2")));
        });
        return rows;
    }

    static void write(Path file, List<LocalityRow> rows) {
        TsvFile.write(file, COLUMNS, rows.stream().map(LocalityRow::toFields).toList());
    }
}
