package org.saytara.gazetteer;

import java.util.List;
import java.util.Locale;

/**
 * One line of {@code geodata/geonames-sy.tsv}: a GeoNames populated place reduced to what the
 * gazetteer needs. Columns, tab-separated, after a header line:
 * {@code geonameid name asciiname name_ar alternate_names_ar alternate_names_latin latitude
 * longitude feature_code admin1 population}; the two name lists are joined with {@code |}.
 *
 * @param nameAr the Arabic alternate name that best matches the Latin name, or null when GeoNames
 *               has no Arabic name for the place
 */
record GeoNamesRow(long geonameId, String name, String asciiName, String nameAr, List<String> namesAr,
                   List<String> namesLatin, double lat, double lon, String featureCode, String admin1,
                   long population) {
    static final List<String> COLUMNS = List.of("geonameid", "name", "asciiname", "name_ar",
            "alternate_names_ar", "alternate_names_latin", "latitude", "longitude", "feature_code",
            "admin1", "population");

    GeoNamesRow {
        namesAr = List.copyOf(namesAr);
        namesLatin = List.copyOf(namesLatin);
    }

    static String header() {
        return String.join("\t", COLUMNS);
    }

    String toTsv() {
        return String.join("\t", Long.toString(geonameId), clean(name), clean(asciiName),
                nameAr == null ? "" : clean(nameAr), join(namesAr), join(namesLatin),
                String.format(Locale.ROOT, "%.5f", lat), String.format(Locale.ROOT, "%.5f", lon),
                featureCode, admin1, Long.toString(population));
    }

    private static String join(List<String> names) {
        return String.join("|", names.stream().map(GeoNamesRow::clean).toList());
    }

    /** Tabs, newlines and the list separator cannot occur inside a field. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n|]", " ").strip();
    }
}
