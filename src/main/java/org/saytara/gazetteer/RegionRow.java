package org.saytara.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code geodata/regions-sy.tsv}: a governorate, district or sub-district (see
 * geodata/README.md for every column).
 *
 * @param id       {@code adm:<P-code>}
 * @param namesAr  the Arabic names that mean the region when written: "محافظة حلب", "ريف حلب",
 *                 "منطقة الباب", "ناحية السخنة" (never the bare town name)
 * @param radiusKm radius of a disc of the region's area: how far from the centroid "in the
 *                 region" reaches
 * @param seat     id of the locality that is its seat (Aleppo for the governorate), or null
 */
record RegionRow(String id, AdminLevel level, String adm1, String adm2, String nameAr, List<String> namesAr,
                 String nameEn, List<String> namesEn, double lat, double lon, double areaKm2, double radiusKm,
                 String seat, Long geonamesId, String wikidata) {
    static final String FILE = "regions-sy.tsv";
    static final List<String> COLUMNS = List.of("id", "level", "adm1", "adm2", "name_ar", "names_ar", "name_en",
            "names_en", "latitude", "longitude", "area_km2", "radius_km", "seat", "geonames_id", "wikidata");
    private static final String REBUILD = "rebuild it with the import-gazetteer command";

    RegionRow {
        namesAr = List.copyOf(namesAr);
        namesEn = List.copyOf(namesEn);
    }

    String pcode() {
        return id.substring(4);
    }

    List<String> toFields() {
        return List.of(id, level.code(), adm1, adm2 == null ? "" : adm2, TsvFile.clean(nameAr), TsvFile.join(namesAr),
                TsvFile.clean(nameEn), TsvFile.join(namesEn), TsvFile.coordinate(lat), TsvFile.coordinate(lon),
                String.format(java.util.Locale.ROOT, "%.1f", areaKm2), String.format(java.util.Locale.ROOT, "%.1f", radiusKm),
                seat == null ? "" : seat, geonamesId == null ? "" : geonamesId.toString(), wikidata == null ? "" : wikidata);
    }

    static List<RegionRow> read(Path file) {
        List<RegionRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        TsvFile.read(file, COLUMNS, REBUILD, l -> {
            String id = l.get("id");
            if (!id.matches("adm:SY\\d{2}(\\d{2}){0,2}")) throw l.error("id", "not adm:<OCHA P-code>: \"" + id + "\"");
            if (!ids.add(id)) throw l.error("id", "duplicate id " + id);
            AdminLevel level = AdminLevel.fromCode(l.get("level"));
            if (level == null || level == AdminLevel.NONE) throw l.error("level", "not governorate, district or subdistrict");
            String adm1 = l.orNull("adm1");
            if (adm1 == null) throw l.error("adm1", "missing");
            String nameAr = l.orNull("name_ar");
            if (nameAr == null) throw l.error("name_ar", "missing");
            String nameEn = l.orNull("name_en");
            if (nameEn == null) throw l.error("name_en", "missing");
            double radius = l.decimal("radius_km", 0.1, 500);
            long gn = l.whole("geonames_id", 0);
            rows.add(new RegionRow(id, level, adm1, l.orNull("adm2"), nameAr, l.list("names_ar"), nameEn,
                    l.list("names_en"), l.decimal("latitude", -90, 90), l.decimal("longitude", -180, 180),
                    l.decimal("area_km2", 0, 1e6), radius, l.orNull("seat"), gn > 0 ? gn : null, l.orNull("wikidata")));
        });
        return rows;
    }

    static void write(Path file, List<RegionRow> rows) {
        TsvFile.write(file, COLUMNS, rows.stream().map(RegionRow::toFields).toList());
    }
}
