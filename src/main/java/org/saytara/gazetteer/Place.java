package org.saytara.gazetteer;

import java.util.List;

/**
 * A named place of the gazetteer.
 *
 * @param id          stable id, e.g. {@code tadmur} for curated places or {@code gn:163808} for
 *                    GeoNames ones
 * @param aliasesAr   every Arabic spelling that names it, {@code nameAr} included
 * @param aliasesEn   English names and transliterations, {@code nameEn} included
 * @param precisionKm radius in km within which the true position surely lies (0.5 for a surveyed
 *                    point, 10 or 25 for an estimate worked out from a description)
 * @param geonamesId  GeoNames id, or null when the place has none
 * @param source      where the coordinate comes from, in words
 * @param parentId    the place this one belongs to (Tadmur for its castle), or null
 * @param population  people living there per GeoNames, 0 when unknown
 * @param curated     true for hand-researched places, false for the broad GeoNames import
 * @param commonWord  its Arabic name is also an ordinary word (شاعر "poet", المهر "the foal"), or a
 *                    name many places share, so it names this place only with a cue (حقل، قرية …)
 */
public record Place(String id, String nameAr, String nameEn, List<String> aliasesAr,
                    List<String> aliasesEn, PlaceType type, double lat, double lon,
                    double precisionKm, Long geonamesId, String source, String parentId,
                    long population, boolean curated,
                    boolean commonWord) {
    public Place {
        aliasesAr = List.copyOf(aliasesAr);
        aliasesEn = List.copyOf(aliasesEn);
    }
}
