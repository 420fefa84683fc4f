package org.saytara.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which governorate and district a point lies in, from Who's On First's county polygons (the
 * districts) and Open-Syria's units (the P-codes). Each Open-Syria district is matched to the WOF
 * county that contains its centroid. Where one county holds two districts (WOF's Banyas still
 * includes al-Qadmous, a district since 2011) or none, the point goes to the district of the
 * nearest sub-district centroid among the candidates: a Voronoi split that can err near a border,
 * which is why localities carry no sub-district.
 */
final class AdminLocator {
    private final List<WofRepository.Area> counties = new ArrayList<>();
    private final Map<Long, List<String>> districtsOfCounty = new HashMap<>();
    private final List<OpenSyriaAdmin.Unit> subdistricts = new ArrayList<>();
    private final Map<String, OpenSyriaAdmin.Unit> districts = new HashMap<>();

    /** How a point was placed, counted for the import summary. */
    int byPolygon, byNearestSubdistrict;

    AdminLocator(List<WofRepository.Area> areas, List<OpenSyriaAdmin.Unit> units) {
        for (WofRepository.Area a : areas) if (a.placetype().equals("county")) counties.add(a);
        for (OpenSyriaAdmin.Unit u : units) {
            if (u.level() == AdminLevel.SUBDISTRICT) subdistricts.add(u);
            if (u.level() != AdminLevel.DISTRICT) continue;
            districts.put(u.pcode(), u);
            WofRepository.Area county = countyAt(u.lon(), u.lat());
            if (county != null) districtsOfCounty.computeIfAbsent(county.wofId(), k -> new ArrayList<>()).add(u.pcode());
        }
    }

    /** Governorate and district P-codes of a point: {adm1, adm2}. */
    String[] locate(double lat, double lon) {
        WofRepository.Area county = countyAt(lon, lat);
        List<String> candidates = county == null ? List.of() : districtsOfCounty.getOrDefault(county.wofId(), List.of());
        String district;
        if (candidates.size() == 1) {
            district = candidates.get(0);
            byPolygon++;
        } else {
            district = nearestSubdistrict(lat, lon, candidates).adm2();
            byNearestSubdistrict++;
        }
        return new String[] {districts.get(district).adm1(), district};
    }

    private WofRepository.Area countyAt(double lon, double lat) {
        for (WofRepository.Area c : counties) if (c.polygon().contains(lon, lat)) return c;
        return null;
    }

    private OpenSyriaAdmin.Unit nearestSubdistrict(double lat, double lon, List<String> inDistricts) {
        OpenSyriaAdmin.Unit best = null;
        double bestKm = Double.MAX_VALUE;
        for (OpenSyriaAdmin.Unit s : subdistricts) {
            if (!inDistricts.isEmpty() && !inDistricts.contains(s.adm2())) continue;
            double km = Geo.km(lat, lon, s.lat(), s.lon());
            if (km < bestKm) {
                bestKm = km;
                best = s;
            }
        }
        return best;
    }
}
