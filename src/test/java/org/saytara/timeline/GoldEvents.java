package org.saytara.timeline;

import org.saytara.extract.SyriaSides;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saytara.extract.DatePrecision;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.PlaceRef;
import org.saytara.extract.Side;
import org.saytara.gazetteer.PlaceType;

/**
 * The hand-made gold annotations of the seed corpus turned into events, as a perfect extractor
 * would emit them: the first accepted outcome of each row, dated at the start of its window, with
 * the article's outlet from the corpus. Lets the timeline and layers be tested on the real story
 * before the extractor lands.
 */
public final class GoldEvents {
    private static final Path GOLD = Path.of("src/test/resources/gold/seed-events.json");
    private static final Path CORPUS = Path.of("corpus");

    private GoldEvents() {}

    public static List<Event> load() {
        try {
            ObjectMapper m = new ObjectMapper();
            JsonNode rows = m.readTree(GOLD.toFile()).get("events");
            Map<String, Integer> seq = new HashMap<>();
            List<Event> out = new ArrayList<>();
            for (JsonNode r : rows) {
                String article = r.get("article").asText();
                int n = seq.merge(article, 1, Integer::sum);
                out.add(event(r, String.format(Locale.ROOT, "%s-e%02d", article, n), outlet(m, article)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tadmur's castle, prison and airport belong to the city. */
    public static Map<String, String> parents() {
        return Map.of("palmyra-castle", "tadmur", "palmyra-prison", "tadmur", "palmyra-airport", "tadmur");
    }

    public static String placeId(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Event event(JsonNode r, String id, String outlet) {
        String name = r.get("place").asText();
        String nameAr = r.get("aliases").get(0).asText();
        PlaceRef place = new PlaceRef(placeId(name), nameAr, name, r.get("lat").asDouble(), r.get("lon").asDouble(),
                type(name), r.get("tol_km").asDouble());
        String outcome = r.get("outcome").get(0).asText();
        LocalDate min = LocalDate.parse(r.get("date_min").asText()), max = LocalDate.parse(r.get("date_max").asText());
        boolean claimed = outcome.endsWith("-claimed");
        String sideCode = outcome.replace("-claimed", "");
        boolean contested = sideCode.equals("contested");
        Side side = contested ? null : SyriaSides.SYRIA.side(sideCode);
        String actor = side == null ? null : SyriaSides.SYRIA.actors().representative(side).id();
        return new Event(id, r.get("article").asText(), contested ? EventKind.CONTESTED : EventKind.CAPTURE, place,
                actor, null, side, claimed, claimed ? "وكالة أعماق" : null, min, min, max,
                min.equals(max) ? DatePrecision.DAY : max.isAfter(min.plusDays(7)) ? DatePrecision.MONTH : DatePrecision.WEEK, null, r.get("evidence").asText(),
                null, null, outlet, 1.0);
    }

    private static String outlet(ObjectMapper m, String article) throws IOException {
        Path meta = CORPUS.resolve(article + ".json");
        if (!Files.exists(meta)) return null;
        JsonNode o = m.readTree(meta.toFile()).get("outlet");
        return o == null || o.isNull() ? null : o.asText();
    }

    private static PlaceType type(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("tadmur")) return PlaceType.CITY;
        if (n.equals("al-qaryatayn") || n.equals("al-sukhnah")) return PlaceType.TOWN;
        if (n.contains("field")) return PlaceType.GAS_FIELD;
        if (n.contains("airbase") || n.contains("airport")) return PlaceType.AIRBASE;
        if (n.contains("castle")) return PlaceType.CASTLE;
        if (n.contains("prison")) return PlaceType.PRISON;
        if (n.contains("hill")) return PlaceType.HILL;
        if (n.contains("road")) return PlaceType.ROAD;
        if (n.contains("junction")) return PlaceType.JUNCTION;
        if (n.startsWith("jabal")) return PlaceType.MOUNTAIN;
        return PlaceType.VILLAGE;
    }
}
