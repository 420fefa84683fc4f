package org.saytara.gazetteer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.saytara.json.Json;

/**
 * Reads {@code places.geojson}, the hand-researched places, and refuses any feature it cannot
 * trust. Properties of each Point feature: {@code id, name_ar, name_en, aliases_ar, aliases_en,
 * type, precision_km, geonames_id, source, parent, common_word, not_aliases_ar, note} (see
 * geodata/README.md).
 */
final class CuratedPlaces {
    /**
     * The places, and per place id the Arabic names that the broad import must not add to it when it
     * merges the place's GeoNames row ({@code not_aliases_ar}: an alternate that is misspelt or
     * belongs to another place).
     */
    record CuratedFile(List<Place> places, Map<String, Set<String>> notAliasesAr) {}

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** Wider than any estimate we keep; beyond it a point says nothing about where the place is. */
    static final double MAX_PRECISION_KM = 200;

    private CuratedPlaces() {}

    static List<Place> read(Path file) {
        return readFile(file).places();
    }

    static CuratedFile readFile(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new GazetteerException(name + ": not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw new GazetteerException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new GazetteerException(name + ": not a GeoJSON FeatureCollection with a \"features\" array");
        }
        List<Place> places = new ArrayList<>();
        Map<String, Set<String>> notAliases = new HashMap<>();
        Map<String, Integer> indexOfId = new HashMap<>();
        Map<Long, String> idOfGeonamesId = new HashMap<>();
        JsonNode features = root.get("features");
        for (int i = 0; i < features.size(); i++) {
            Place place = feature(features.get(i), name, i);
            Integer earlier = indexOfId.putIfAbsent(place.id(), i);
            if (earlier != null) {
                throw GazetteerException.at(name, "feature " + i, "id",
                        "duplicate id \"" + place.id() + "\" (also feature " + earlier + ")");
            }
            if (place.geonamesId() != null) {
                String other = idOfGeonamesId.putIfAbsent(place.geonamesId(), place.id());
                if (other != null) {
                    throw GazetteerException.at(name, where(i, place.id()), "geonames_id",
                            "GeoNames id " + place.geonamesId() + " is already used by \"" + other + "\"");
                }
            }
            places.add(place);
            JsonNode not = features.get(i).path("properties").get("not_aliases_ar");
            if (not != null && !not.isNull()) {
                if (!not.isArray()) throw GazetteerException.at(name, where(i, place.id()), "not_aliases_ar", "must be an array of strings");
                Set<String> forms = new HashSet<>();
                for (JsonNode n : not) {
                    if (!n.isTextual() || n.asText().isBlank()) {
                        throw GazetteerException.at(name, where(i, place.id()), "not_aliases_ar", "must hold only non-empty strings");
                    }
                    forms.add(ArabicNames.normal(n.asText()));
                }
                notAliases.put(place.id(), Set.copyOf(forms));
            }
        }
        checkParents(places, name);
        return new CuratedFile(List.copyOf(places), Map.copyOf(notAliases));
    }

    private static Place feature(JsonNode f, String file, int index) {
        String where = "feature " + index;
        JsonNode p = f == null ? null : f.get("properties");
        if (p == null || !p.isObject()) throw GazetteerException.at(file, where, "properties", "missing");
        String id = text(p, "id");
        if (id == null) throw GazetteerException.at(file, where, "id", "missing");
        if (!ID.matcher(id).matches()) {
            throw GazetteerException.at(file, where, "id", "\"" + id + "\" is not lower-case letters, digits, - and _");
        }
        where = where(index, id);
        String nameAr = text(p, "name_ar");
        if (nameAr == null) throw GazetteerException.at(file, where, "name_ar", "missing");
        if (!ArabicNames.isArabic(nameAr.replaceAll("[0-9A-Za-z]", ""))) {
            throw GazetteerException.at(file, where, "name_ar", "\"" + nameAr + "\" is not written in Arabic");
        }
        String nameEn = text(p, "name_en");
        if (nameEn == null) throw GazetteerException.at(file, where, "name_en", "missing");
        String typeCode = text(p, "type");
        PlaceType type = PlaceType.fromCode(typeCode);
        if (type == null) throw GazetteerException.at(file, where, "type", "unknown type \"" + typeCode + "\"");
        double[] lonLat = point(f.get("geometry"), file, where);
        JsonNode precision = p.get("precision_km");
        if (precision == null || !precision.isNumber() || !(precision.asDouble() > 0)
                || precision.asDouble() > MAX_PRECISION_KM) {
            throw GazetteerException.at(file, where, "precision_km",
                    "must be a number of km above 0 and at most " + MAX_PRECISION_KM);
        }
        JsonNode gn = p.get("geonames_id");
        Long geonamesId = null;
        if (gn != null && !gn.isNull()) {
            if (!gn.canConvertToLong() || !gn.isIntegralNumber() || gn.asLong() <= 0) {
                throw GazetteerException.at(file, where, "geonames_id", "must be a positive whole number or null");
            }
            geonamesId = gn.asLong();
        }
        String source = text(p, "source");
        if (source == null) throw GazetteerException.at(file, where, "source", "missing: say where the point comes from");
        JsonNode commonWord = p.get("common_word");
        if (commonWord != null && !commonWord.isNull() && !commonWord.isBoolean()) {
            throw GazetteerException.at(file, where, "common_word", "must be true or false");
        }
        JsonNode locatesOnly = p.get("locates_only");
        if (locatesOnly != null && !locatesOnly.isNull() && !locatesOnly.isBoolean()) {
            throw GazetteerException.at(file, where, "locates_only", "must be true or false");
        }
        if (locatesOnly != null && locatesOnly.asBoolean() && type != PlaceType.REGION) {
            throw GazetteerException.at(file, where, "locates_only", "only a region can only locate");
        }
        return new Place(id, nameAr, nameEn, names(nameAr, p, "aliases_ar", file, where),
                names(nameEn, p, "aliases_en", file, where), type, lonLat[1], lonLat[0],
                precision.asDouble(), geonamesId, source, text(p, "parent"), 0, true,
                commonWord != null && commonWord.asBoolean(), null, null, AdminLevel.NONE, null,
                locatesOnly != null && locatesOnly.asBoolean());
    }

    private static String where(int index, String id) {
        return "feature " + index + " (id \"" + id + "\")";
    }

    private static double[] point(JsonNode g, String file, String where) {
        if (g == null || g.isNull()) throw GazetteerException.at(file, where, "geometry", "missing");
        if (!"Point".equals(g.path("type").asText())) {
            throw GazetteerException.at(file, where, "geometry", "must be a Point");
        }
        JsonNode c = g.get("coordinates");
        if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw GazetteerException.at(file, where, "coordinates", "must be [longitude, latitude] numbers");
        }
        double lon = c.get(0).asDouble();
        double lat = c.get(1).asDouble();
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw GazetteerException.at(file, where, "coordinates", "longitude out of range: " + c.get(0));
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw GazetteerException.at(file, where, "coordinates", "latitude out of range: " + c.get(1));
        }
        return new double[] {lon, lat};
    }

    /** The main name first, then the aliases, each once. */
    private static List<String> names(String main, JsonNode p, String field, String file, String where) {
        Set<String> names = new LinkedHashSet<>();
        names.add(main);
        JsonNode list = p.get(field);
        if (list == null || list.isNull()) return List.copyOf(names);
        if (!list.isArray()) throw GazetteerException.at(file, where, field, "must be an array of strings");
        for (JsonNode alias : list) {
            if (!alias.isTextual() || alias.asText().isBlank()) {
                throw GazetteerException.at(file, where, field, "must hold only non-empty strings");
            }
            names.add(alias.asText().strip());
        }
        return List.copyOf(names);
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) return null;
        return v.asText().strip();
    }

    /** Every parent exists, and following parents never comes back to where it started. */
    private static void checkParents(List<Place> places, String file) {
        Map<String, Place> byId = new HashMap<>();
        places.forEach(p -> byId.put(p.id(), p));
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            Set<String> seen = new HashSet<>();
            seen.add(place.id());
            Place at = place;
            while (at.parentId() != null) {
                Place parent = byId.get(at.parentId());
                if (parent == null) {
                    throw GazetteerException.at(file, where(i, place.id()), "parent",
                            "no place with id \"" + at.parentId() + "\"");
                }
                if (!seen.add(parent.id())) {
                    throw GazetteerException.at(file, where(i, place.id()), "parent",
                            "parents form a loop through \"" + parent.id() + "\"");
                }
                at = parent;
            }
        }
    }
}
