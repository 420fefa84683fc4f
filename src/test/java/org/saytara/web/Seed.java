package org.saytara.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Set;
import org.saytara.geojson.GeoJsonValidator;

/** The places of the seed corpus that issue 3 names, found in the served places layer. */
final class Seed {
    static final Set<String> TADMUR = Set.of("تدمر");
    static final Set<String> QARYATAYN = Set.of("القريتين");
    static final Set<String> T4 = Set.of("مطار التيفور", "مطار T4", "مطار تي فور", "التيفور");
    static final Set<String> MAHR = Set.of("المهر", "حقل المهر");
    static final Set<String> HUWAYSIS = Set.of("حويسيس", "حقل حويسيس");
    static final Set<String> JAZAL = Set.of("جزل", "حقل جزل");

    private Seed() {}

    /** The properties of the one place feature whose Arabic name is among {@code names}. */
    static JsonNode place(TestServer t, String date, Set<String> names) {
        HttpResponse<String> r = t.get("/api/layers/" + date + "?layer=places");
        if (r.statusCode() != 200) throw new AssertionError(date + ": " + r.statusCode() + " " + r.body());
        GeoJsonValidator.assertValid(r.body());
        JsonNode found = null;
        for (JsonNode f : TestServer.json(r).path("features")) {
            JsonNode p = f.path("properties");
            if (names.contains(p.path("name_ar").asText())) {
                if (found != null) throw new AssertionError("two places named " + names + " on " + date);
                found = p;
            }
        }
        if (found == null) throw new AssertionError("no place named " + names + " in the places layer of " + date);
        return found;
    }

    /** The side holding the place, {@code contested}, or {@code none}. */
    static String control(TestServer t, String date, Set<String> names) {
        JsonNode p = place(t, date, names);
        if (p.path("contested").asBoolean()) return "contested";
        return p.path("side").isNull() || p.path("side").isMissingNode() ? "none" : p.path("side").asText();
    }
}
