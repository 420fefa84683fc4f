package org.saytara.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saytara.json.Json;

/**
 * Reads Open-Syria's {@code data-geography}: {@code data/governorates.json}, {@code districts.json}
 * and {@code subdistricts.json}, each an array of units with Arabic and English names, aliases,
 * an OCHA P-code, a centroid and an area.
 */
final class OpenSyriaAdmin {
    /** One administrative unit. {@code adm1}/{@code adm2} are the P-codes of it or its parents. */
    record Unit(AdminLevel level, String pcode, String adm1, String adm2, String osgId, String nameAr, String nameEn,
                List<String> aliasesAr, List<String> aliasesEn, double lat, double lon, double areaKm2,
                Long geonamesId, String wikidata) {}

    private OpenSyriaAdmin() {}

    static List<Unit> read(Path root) {
        Path data = root.resolve("data");
        List<Unit> out = new ArrayList<>();
        Map<String, String> pcodeOfId = new HashMap<>();
        read(data.resolve("governorates.json"), AdminLevel.GOVERNORATE, pcodeOfId, out);
        read(data.resolve("districts.json"), AdminLevel.DISTRICT, pcodeOfId, out);
        read(data.resolve("subdistricts.json"), AdminLevel.SUBDISTRICT, pcodeOfId, out);
        return out;
    }

    private static void read(Path file, AdminLevel level, Map<String, String> pcodeOfId, List<Unit> out) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new GazetteerException(file + ": not found (is this an Open-Syria data-geography checkout?)");
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new GazetteerException(name + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isArray()) throw new GazetteerException(name + ": expected a JSON array of units");
        for (int i = 0; i < root.size(); i++) {
            JsonNode u = root.get(i);
            String where = "unit " + i + " (id \"" + u.path("id").asText() + "\")";
            String pcode = u.path("externalIds").path("ochaPcode").asText(null);
            if (pcode == null || !pcode.matches("SY\\d{2}(\\d{2}){0,2}")) throw GazetteerException.at(name, where, "externalIds.ochaPcode", "missing or not an OCHA P-code");
            pcodeOfId.put(u.path("id").asText(), pcode);
            String adm1 = level == AdminLevel.GOVERNORATE ? pcode : pcodeOfId.get(u.path("governorateId").asText());
            String adm2 = level == AdminLevel.DISTRICT ? pcode : level == AdminLevel.SUBDISTRICT
                    ? pcodeOfId.get(u.path("districtId").asText()) : null;
            if (adm1 == null || (level == AdminLevel.SUBDISTRICT && adm2 == null)) {
                throw GazetteerException.at(name, where, "governorateId/districtId", "names no unit read before it");
            }
            String nameAr = u.path("name").path("ar").asText(null);
            String nameEn = u.path("name").path("en").asText(null);
            if (nameAr == null || nameEn == null) throw GazetteerException.at(name, where, "name", "needs both ar and en");
            List<String> ar = new ArrayList<>(), en = new ArrayList<>();
            for (JsonNode a : u.path("aliases")) {
                String v = a.path("value").asText("").strip();
                if (v.isEmpty()) continue;
                if (a.path("language").asText().equals("ar")) ar.add(v);
                else if (a.path("language").asText().equals("en") && ArabicNames.isLatin(v)) en.add(v);
            }
            JsonNode c = u.path("centroid");
            if (!c.path("latitude").isNumber() || !c.path("longitude").isNumber()) throw GazetteerException.at(name, where, "centroid", "missing");
            double area = u.path("area").path("value").asDouble(0);
            String gn = u.path("externalIds").path("geonames").asText("");
            out.add(new Unit(level, pcode, adm1, adm2, u.path("id").asText(), nameAr.strip(), nameEn.strip(), ar, en,
                    c.get("latitude").asDouble(), c.get("longitude").asDouble(), area,
                    gn.matches("\\d+") ? Long.valueOf(gn) : null, u.path("externalIds").path("wikidata").asText(null)));
        }
    }
}
