package org.saytara.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.saytara.extract.Side;
import org.saytara.json.Json;

/**
 * An analyst's assessment that a place was held by a side (or contested) over a period, standing
 * over what the reports say there. {@code from} and {@code to} are both inclusive; {@code to} null
 * means "from then on", which also overrides reports after it: give an end to let them speak.
 *
 * @param id      the id of the review that set it
 * @param control a side code, or {@code contested}
 */
public record Pin(long id, String placeId, String control, LocalDate from, LocalDate to, String by, Instant at,
                  String note) {
    public static final String CONTESTED = "contested";
    static final List<String> FIELDS = List.of("control", "from", "to");

    /**
     * Reads and checks a pin request's {@code control}, {@code from} and {@code to}.
     *
     * @throws ReviewException naming the field
     */
    public static ObjectNode parse(JsonNode body, Vocabulary vocabulary) {
        if (body == null || !body.isObject()) throw new ReviewException("send the pin as a JSON object");
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!FIELDS.contains(name) && !name.equals("note")) {
                throw new ReviewException("unknown field '" + Correction.printable(name) + "'; known: control, from, to, note");
            }
        }
        JsonNode c = body.get("control");
        if (c == null || !c.isTextual()) throw new ReviewException("'control' must be a side code or \"contested\"");
        String control = c.asText().trim();
        if (!control.equals(CONTESTED)) {
            Side side = vocabulary.side(control).orElseThrow(() ->
                    new ReviewException("'control' must be a side code of the side registry or \"contested\""));
            control = side.code();
        }
        LocalDate from = dateField(body, "from", false);
        LocalDate to = dateField(body, "to", true);
        if (to != null && to.isBefore(from)) throw new ReviewException("'to' is before 'from'");
        ObjectNode set = Json.mapper().createObjectNode();
        set.put("control", control);
        set.put("from", from.toString());
        set.put("to", to == null ? null : to.toString());
        return set;
    }

    private static LocalDate dateField(JsonNode body, String name, boolean optional) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            if (optional) return null;
            throw new ReviewException("'" + name + "' is required, as YYYY-MM-DD");
        }
        if (!v.isTextual()) throw new ReviewException("'" + name + "' must be a date as YYYY-MM-DD");
        try {
            return Correction.date(name, v.asText().trim());
        } catch (ReviewException e) {
            throw new ReviewException(e.getMessage().replace("'set.", "'"));
        }
    }

    /** The pin a {@code pin} review set. */
    static Pin of(Review r) {
        ObjectNode s = r.set();
        String to = s.path("to").isTextual() ? s.path("to").asText() : null;
        return new Pin(r.id(), r.placeId(), s.path("control").asText(), LocalDate.parse(s.path("from").asText()),
                to == null ? null : LocalDate.parse(to), r.reviewer(), r.at(), r.note());
    }

    /** As the audit trail shows it in {@code before} and {@code after}. */
    ObjectNode toJson() {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("pin", id);
        n.put("place", placeId);
        n.put("control", control);
        n.put("from", from.toString());
        n.put("to", to == null ? null : to.toString());
        return n;
    }
}
