package org.saytara.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.text.LexiconFile;

/**
 * Turns GeoNames rows into places beside the curated ones.
 *
 * <p><b>Merging.</b> A row whose GeoNames id a curated place already carries is not a new place:
 * its Arabic names are added to the curated place's aliases and its population is taken; the
 * curated coordinate, type and precision stay. Rows with no Arabic name are left out, since they
 * can never be found in Arabic text.
 *
 * <p><b>Type</b> from the feature code and population: PPLC, PPLA or at least 100,000 people is a
 * {@code city}; PPLA2 or at least 20,000 a {@code town}; PPLX (a section of a city) a
 * {@code neighbourhood}; PPLH, PPLQ, PPLW (historical, abandoned, destroyed) a {@code site};
 * anything else a {@code village}. <b>Precision</b> is 3 km for cities, 2 km for towns, 1 km for
 * the rest: GeoNames gives the centre of the built-up area, and a place is "taken" anywhere in it.
 *
 * <p><b>commonWord</b> is set when the name alone cannot say which place is meant, with the key of
 * {@link ArabicNames#key} (normalised, article dropped):
 * <ol>
 *   <li>the key of its Arabic name is also a name (main or alias) of another place, curated or
 *   GeoNames: العامرية near Aleppo and al-Amiriya by Palmyra;</li>
 *   <li>or the key is in {@code ordinary-words.tsv} ({@link #ordinaryWords}), words a news sentence uses in their plain sense
 *   (الجديدة "the new", النصر "victory", الثورة "the revolution" …);</li>
 *   <li>or the key has at most two letters.</li>
 * </ol>
 */
final class GeoNamesPlaces {
    /**
     * Village names that are everyday words, read from {@code ordinary-words.tsv}: keys as
     * {@link ArabicNames#key} makes them (no article, teh marbuta as heh, bare alef). Read on first
     * use, not in a static initialiser, so a bad row reaches the caller as a LexiconException.
     */
    private static volatile Set<String> ordinaryWords;

    static Set<String> ordinaryWords() {
        Set<String> words = ordinaryWords;
        if (words == null) {
            synchronized (GeoNamesPlaces.class) {
                words = ordinaryWords;
                if (words == null) ordinaryWords = words = readOrdinaryWords(LexiconFile.beside(GeoNamesPlaces.class));
            }
        }
        return words;
    }

    static Set<String> readOrdinaryWords(LexiconFile.Source source) {
        Set<String> out = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(source, "ordinary-words.tsv", LexiconFile.Columns.of("word"))) {
            String key = ArabicNames.key(row.get("word"));
            if (key.isEmpty() || key.contains(" ")) throw row.error("one word per line, not '" + row.get("word") + "'");
            out.add(key);
        }
        if (out.isEmpty()) throw new org.saytara.text.LexiconException("ordinary-words.tsv", 0, "no words");
        return Set.copyOf(out);
    }

    private GeoNamesPlaces() {}

    /** Curated places (GeoNames names merged in) followed by the new GeoNames places. */
    static List<Place> combine(List<Place> curated, List<GeoNamesRow> rows) {
        Map<Long, Integer> curatedByGeonamesId = new HashMap<>();
        for (int i = 0; i < curated.size(); i++) {
            if (curated.get(i).geonamesId() != null) curatedByGeonamesId.put(curated.get(i).geonamesId(), i);
        }
        List<Place> merged = new ArrayList<>(curated);
        List<GeoNamesRow> fresh = new ArrayList<>();
        for (GeoNamesRow row : rows) {
            Integer at = curatedByGeonamesId.get(row.geonameId());
            if (at != null) merged.set(at, mergeInto(merged.get(at), row));
            else if (row.nameAr() != null) fresh.add(row);
        }
        Map<String, Set<String>> placesByKey = new HashMap<>();
        merged.forEach(p -> index(placesByKey, p.id(), p.aliasesAr()));
        fresh.forEach(r -> index(placesByKey, id(r), r.namesAr()));
        for (GeoNamesRow row : fresh) merged.add(toPlace(row, placesByKey));
        return merged;
    }

    static String id(GeoNamesRow row) {
        return "gn:" + row.geonameId();
    }

    private static void index(Map<String, Set<String>> placesByKey, String placeId, List<String> names) {
        for (String name : names) placesByKey.computeIfAbsent(ArabicNames.key(name), k -> new HashSet<>()).add(placeId);
    }

    private static Place mergeInto(Place p, GeoNamesRow row) {
        Set<String> aliases = new LinkedHashSet<>(p.aliasesAr());
        aliases.addAll(row.namesAr());
        return new Place(p.id(), p.nameAr(), p.nameEn(), List.copyOf(aliases), p.aliasesEn(), p.type(), p.lat(),
                p.lon(), p.precisionKm(), p.geonamesId(), p.source(), p.parentId(),
                Math.max(p.population(), row.population()), p.curated(), p.commonWord());
    }

    private static Place toPlace(GeoNamesRow row, Map<String, Set<String>> placesByKey) {
        PlaceType type = typeOf(row.featureCode(), row.population());
        Set<String> aliasesAr = new LinkedHashSet<>();
        aliasesAr.add(row.nameAr());
        aliasesAr.addAll(row.namesAr());
        Set<String> aliasesEn = new LinkedHashSet<>();
        aliasesEn.add(row.name());
        aliasesEn.add(row.asciiName());
        aliasesEn.addAll(row.namesLatin());
        String source = "GeoNames " + row.geonameId() + " (cities500, CC-BY 4.0), feature code " + row.featureCode();
        return new Place(id(row), row.nameAr(), row.name(), List.copyOf(aliasesAr), List.copyOf(aliasesEn), type,
                row.lat(), row.lon(), precisionKm(type), row.geonameId(), source, null, row.population(), false,
                isCommon(ArabicNames.key(row.nameAr()), placesByKey));
    }

    static boolean isCommon(String key, Map<String, Set<String>> placesByKey) {
        return placesByKey.getOrDefault(key, Set.of()).size() >= 2
                || ordinaryWords().contains(key)
                || key.replace(" ", "").length() <= 2;
    }

    static PlaceType typeOf(String featureCode, long population) {
        return switch (featureCode) {
            case "PPLC", "PPLA" -> PlaceType.CITY;
            case "PPLX" -> PlaceType.NEIGHBOURHOOD;
            case "PPLH", "PPLQ", "PPLW" -> PlaceType.SITE;
            default -> population >= 100_000 ? PlaceType.CITY
                    : featureCode.equals("PPLA2") || population >= 20_000 ? PlaceType.TOWN
                    : PlaceType.VILLAGE;
        };
    }

    static double precisionKm(PlaceType type) {
        return switch (type) {
            case CITY -> 3;
            case TOWN -> 2;
            default -> 1;
        };
    }
}
