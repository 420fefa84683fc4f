package org.saytara.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.gazetteer.Place;
import org.saytara.text.ArabicNormalizer;

/**
 * Finds gazetteer places by a few typed letters, for the correction form's place search
 * ({@code GET /api/places?q=}). Arabic is compared after the same normalisation extraction uses
 * (hamza forms, taa marbuta, diacritics), so تدمر finds تَدْمُر; Latin names case-blind. Matches
 * of the whole name come first, then of its start, then anywhere in it; among equals, curated
 * places and bigger ones first.
 */
final class PlaceSearch {
    private record Entry(Place place, List<String> names) {}

    private final Gazetteer gazetteer;
    private final List<Entry> entries;

    private PlaceSearch(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<Entry> es = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            List<String> names = new ArrayList<>();
            names.add(p.id().toLowerCase(Locale.ROOT));
            if (p.nameAr() != null) names.add(arabic(p.nameAr()));
            for (String a : p.aliasesAr()) names.add(arabic(a));
            if (p.nameEn() != null) names.add(latin(p.nameEn()));
            for (String a : p.aliasesEn()) names.add(latin(a));
            es.add(new Entry(p, List.copyOf(names)));
        }
        this.entries = List.copyOf(es);
    }

    private static volatile PlaceSearch last;

    /** The index of this gazetteer, built once (the gazetteer does not change while serving). */
    static PlaceSearch of(Gazetteer gazetteer) {
        PlaceSearch s = last;
        if (s == null || s.gazetteer != gazetteer) last = s = new PlaceSearch(gazetteer);
        return s;
    }

    List<Place> find(String query, int limit) {
        String a = arabic(query);
        String l = latin(query);
        record Hit(Place place, int rank) {}
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int best = Integer.MAX_VALUE;
            for (String n : e.names()) {
                for (String q : new String[] {a, l}) {
                    if (q.isEmpty()) continue;
                    int r = n.equals(q) ? 0 : n.startsWith(q) ? 1 : n.contains(q) ? 2 : Integer.MAX_VALUE;
                    best = Math.min(best, r);
                }
            }
            if (best != Integer.MAX_VALUE) hits.add(new Hit(e.place(), best));
        }
        hits.sort(Comparator.comparingInt(Hit::rank)
                .thenComparing(h -> !h.place().curated())
                .thenComparing(h -> -h.place().population())
                .thenComparing(h -> h.place().id()));
        return hits.stream().limit(limit).map(Hit::place).toList();
    }

    private static String arabic(String s) {
        return ArabicNormalizer.normalizeTerm(s.strip());
    }

    private static String latin(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
