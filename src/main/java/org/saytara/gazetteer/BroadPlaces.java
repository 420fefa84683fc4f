package org.saytara.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the imported rows ({@value LocalityRow#FILE}, {@value RegionRow#FILE}) into places beside
 * the curated ones.
 *
 * <p><b>Merging.</b> A locality whose GeoNames id a curated place already carries is not a new place:
 * its Arabic names are added to the curated place's aliases (less those the curated place refuses in
 * {@code not_aliases_ar}), its population, governorate and district are taken; the curated
 * coordinate, type and precision stay. A curated place with no GeoNames row takes the governorate
 * and district of the nearest locality within {@value #NEAREST_KM} km.
 *
 * <p><b>Type</b> from the feature code and population: PPLC, PPLA or at least 100,000 people is a
 * {@code city}; PPLA2, PPLA3 (district and sub-district seats) or at least 20,000 a {@code town};
 * PPLX (a section of a city) a {@code neighbourhood}; PPLH, PPLQ, PPLW (historical, abandoned,
 * destroyed) a {@code site}; anything else a {@code village}. <b>Precision</b> is 3 km for cities,
 * 2 km for towns, 1 km for the rest: GeoNames gives the centre of the built-up area, and a place is
 * "taken" anywhere in it. A region's precision is the radius of a disc of its area.
 *
 * <p><b>commonWord</b> is set when the main Arabic name is an ordinary word ({@link OrdinaryWords})
 * or has at most two letters; the place finder decides name by name which need support.
 */
final class BroadPlaces {
    static final double NEAREST_KM = 30;

    private BroadPlaces() {}

    static List<Place> combine(CuratedPlaces.CuratedFile curatedFile, List<LocalityRow> localities, List<RegionRow> regions,
                               OrdinaryWords words) {
        List<Place> curated = curatedFile.places();
        Map<Long, Integer> curatedByGeonamesId = new HashMap<>();
        for (int i = 0; i < curated.size(); i++) {
            if (curated.get(i).geonamesId() != null) curatedByGeonamesId.put(curated.get(i).geonamesId(), i);
        }
        List<Place> merged = new ArrayList<>(curated);
        boolean[] placed = new boolean[curated.size()];
        List<Place> fresh = new ArrayList<>(localities.size());
        for (LocalityRow row : localities) {
            Integer at = row.geonamesId() == null ? null : curatedByGeonamesId.get(row.geonamesId());
            if (at != null) {
                Place c = merged.get(at);
                merged.set(at, mergeInto(c, row, curatedFile.notAliasesAr().getOrDefault(c.id(), Set.of())));
                placed[at] = true;
            } else {
                fresh.add(toPlace(row, words));
            }
        }
        Nearest nearest = null;
        for (int i = 0; i < curated.size(); i++) {
            if (placed[i]) continue;
            if (nearest == null) nearest = new Nearest(localities);
            merged.set(i, nearest.admin(merged.get(i)));
        }
        merged.addAll(fresh);
        for (RegionRow r : regions) merged.add(toPlace(r));
        return merged;
    }

    private static Place mergeInto(Place p, LocalityRow row, Set<String> refused) {
        Set<String> aliases = new LinkedHashSet<>(p.aliasesAr());
        for (String n : row.namesAr()) if (!refused.contains(ArabicNames.normal(n))) aliases.add(n);
        return new Place(p.id(), p.nameAr(), p.nameEn(), List.copyOf(aliases), p.aliasesEn(), p.type(), p.lat(),
                p.lon(), p.precisionKm(), p.geonamesId(), p.source(), p.parentId(),
                Math.max(p.population(), row.population()), p.curated(), p.commonWord(), row.adm1(), row.adm2(),
                AdminLevel.NONE, row.featureCode(), p.locatesOnly());
    }

    /** The localities sorted by latitude, so that the ones near a point are a binary search away. */
    private static final class Nearest {
        private final LocalityRow[] rows;
        private final double[] lats;

        Nearest(List<LocalityRow> localities) {
            rows = localities.toArray(new LocalityRow[0]);
            java.util.Arrays.sort(rows, java.util.Comparator.comparingDouble(LocalityRow::lat));
            lats = new double[rows.length];
            for (int i = 0; i < rows.length; i++) lats[i] = rows[i].lat();
        }

        /** The place with the governorate and district of the nearest locality within {@value #NEAREST_KM} km. */
        Place admin(Place p) {
            double dLat = NEAREST_KM / 111.0;
            int from = java.util.Arrays.binarySearch(lats, p.lat() - dLat);
            if (from < 0) from = -from - 1;
            LocalityRow best = null;
            double bestKm = NEAREST_KM;
            for (int i = from; i < rows.length && lats[i] <= p.lat() + dLat; i++) {
                double km = Geo.km(p.lat(), p.lon(), rows[i].lat(), rows[i].lon());
                if (km < bestKm) {
                    bestKm = km;
                    best = rows[i];
                }
            }
            return best == null ? p : p.withAdmin(best.adm1(), best.adm2());
        }
    }

    private static Place toPlace(LocalityRow row, OrdinaryWords words) {
        PlaceType type = typeOf(row.featureCode(), row.population());
        String source = (row.geonamesId() != null ? "GeoNames " + row.geonamesId() + " (CC BY 4.0)" : "")
                + (row.wofId() != null ? (row.geonamesId() != null ? " via " : "") + "Who's On First " + row.wofId() + " (CC0)" : "")
                + ", feature code " + row.featureCode();
        String normal = org.saytara.text.ArabicNormalizer.normalizeTerm(row.nameAr());
        boolean common = words.contains(normal) || OrdinaryWords.stripArticle(normal).replace(" ", "").length() <= 2;
        return new Place(row.id(), row.nameAr(), row.nameEn(), row.namesAr(), row.namesEn(), type, row.lat(), row.lon(),
                precisionKm(type), row.geonamesId(), source, null, row.population(), false, common, row.adm1(), row.adm2(),
                AdminLevel.NONE, row.featureCode());
    }

    private static Place toPlace(RegionRow r) {
        String source = "Open-Syria data-geography, OCHA P-code " + r.pcode() + " (CC BY 4.0): centroid, and a radius from its area of "
                + Math.round(r.areaKm2()) + " km²";
        return new Place(r.id(), r.nameAr(), r.nameEn(), r.namesAr(), r.namesEn(), PlaceType.REGION, r.lat(), r.lon(),
                r.radiusKm(), r.geonamesId(), source, null, 0, false, false, r.adm1(), r.adm2(), r.level(), null);
    }

    static PlaceType typeOf(String featureCode, long population) {
        return switch (featureCode) {
            case "PPLC", "PPLA" -> PlaceType.CITY;
            case "PPLX" -> PlaceType.NEIGHBOURHOOD;
            case "PPLH", "PPLQ", "PPLW" -> PlaceType.SITE;
            default -> population >= 100_000 ? PlaceType.CITY
                    : featureCode.equals("PPLA2") || featureCode.equals("PPLA3") || population >= 20_000 ? PlaceType.TOWN
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
