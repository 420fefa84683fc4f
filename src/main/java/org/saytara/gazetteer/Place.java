package org.saytara.gazetteer;

import java.util.List;

/**
 * A named place of the gazetteer.
 *
 * @param id          stable id: {@code tadmur} for curated places, {@code gn:163808} for places
 *                    with a GeoNames id, {@code wof:…} for Who's On First places without one,
 *                    {@code adm:SY0200} (the OCHA P-code) for administrative regions, and
 *                    {@code unlocated:<name>} for a name no source has ({@link #unlocated})
 * @param aliasesAr   every Arabic spelling that names it, {@code nameAr} included
 * @param aliasesEn   English names and transliterations, {@code nameEn} included
 * @param precisionKm radius in km within which the true position surely lies (0.5 for a surveyed
 *                    point, 10 or 25 for an estimate worked out from a description); for a region,
 *                    the radius of a disc of its area
 * @param geonamesId  GeoNames id, or null when the place has none
 * @param source      where the coordinate comes from, in words
 * @param parentId    the place this one belongs to (Tadmur for its castle), or null
 * @param population  people living there per GeoNames, 0 when unknown
 * @param curated     true for hand-researched places, false for the broad import
 * @param commonWord  its Arabic name is also an ordinary word (شاعر "poet", المهر "the foal"), or a
 *                    name many places share, so it names this place only with a cue (حقل، قرية …)
 * @param adm1        OCHA P-code of the governorate it lies in ({@code SY02} for Aleppo), or null
 * @param adm2        OCHA P-code of the district ({@code SY0200}), or null
 * @param adminLevel  {@link AdminLevel#NONE} for a place, else the level of the region it is
 * @param featureCode GeoNames feature code (PPLA, PPLA2, PPL …) of imported places, else null
 * @param locatesOnly a region that only locates the places named in it and never changes hands
 *                    itself: every administrative region, and wide areas such as الغوطة الشرقية
 */
public record Place(String id, String nameAr, String nameEn, List<String> aliasesAr,
                    List<String> aliasesEn, PlaceType type, double lat, double lon,
                    double precisionKm, Long geonamesId, String source, String parentId,
                    long population, boolean curated,
                    boolean commonWord, String adm1, String adm2, AdminLevel adminLevel, String featureCode,
                    boolean locatesOnly) {
    public Place {
        aliasesAr = List.copyOf(aliasesAr);
        aliasesEn = List.copyOf(aliasesEn);
        if (adminLevel == null) adminLevel = AdminLevel.NONE;
        if (adminLevel != AdminLevel.NONE) locatesOnly = true;
    }

    /** A place with its administrative standing; administrative regions only locate. */
    public Place(String id, String nameAr, String nameEn, List<String> aliasesAr, List<String> aliasesEn,
                 PlaceType type, double lat, double lon, double precisionKm, Long geonamesId, String source,
                 String parentId, long population, boolean curated, boolean commonWord, String adm1, String adm2,
                 AdminLevel adminLevel, String featureCode) {
        this(id, nameAr, nameEn, aliasesAr, aliasesEn, type, lat, lon, precisionKm, geonamesId, source, parentId,
                population, curated, commonWord, adm1, adm2, adminLevel, featureCode, false);
    }

    /** A place outside the administrative tree, its governorate and district unknown. */
    public Place(String id, String nameAr, String nameEn, List<String> aliasesAr, List<String> aliasesEn,
                 PlaceType type, double lat, double lon, double precisionKm, Long geonamesId, String source,
                 String parentId, long population, boolean curated, boolean commonWord) {
        this(id, nameAr, nameEn, aliasesAr, aliasesEn, type, lat, lon, precisionKm, geonamesId, source, parentId,
                population, curated, commonWord, null, null, AdminLevel.NONE, null);
    }

    /** Prefix of the ids of {@link #unlocated} places. */
    public static final String UNLOCATED_PREFIX = "unlocated:";

    /**
     * A place the text names after a cue (قرية كبشين) that no source of the gazetteer has: an honest
     * gap, kept with the words that named it so that an analyst sees what to add. It has no
     * position (NaN) and never reaches the map.
     *
     * @param normalised the normalised name, which makes the id
     * @param asWritten  the name as the article writes it
     * @param type       the kind of place its cue announces
     */
    public static Place unlocated(String normalised, String asWritten, PlaceType type) {
        return new Place(UNLOCATED_PREFIX + normalised.replace(' ', '_'), asWritten, null, List.of(asWritten), List.of(),
                type, Double.NaN, Double.NaN, Double.NaN, null, "unlocated: named in an article, in no source",
                null, 0, false, false);
    }

    /** True for a name no source has ({@link #unlocated(String, String, PlaceType)}). */
    public boolean isUnlocated() {
        return id.startsWith(UNLOCATED_PREFIX);
    }

    /** A governorate, district or sub-district: it locates other places and is never a town. */
    public boolean isAdminRegion() {
        return adminLevel != AdminLevel.NONE;
    }

    /** The P-code of an administrative region ({@code SY0200}), or null for other places. */
    public String adminCode() {
        return switch (adminLevel) {
            case GOVERNORATE -> adm1;
            case DISTRICT -> adm2;
            case SUBDISTRICT -> id.startsWith("adm:") ? id.substring(4) : null;
            case NONE -> null;
        };
    }

    /** The same place with its governorate and district set. */
    public Place withAdmin(String governorate, String district) {
        return new Place(id, nameAr, nameEn, aliasesAr, aliasesEn, type, lat, lon, precisionKm, geonamesId, source,
                parentId, population, curated, commonWord, governorate, district, adminLevel, featureCode, locatesOnly);
    }
}
