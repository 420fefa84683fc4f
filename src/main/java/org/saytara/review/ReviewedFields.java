package org.saytara.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.saytara.extract.Event;
import org.saytara.extract.EventKind;
import org.saytara.extract.Side;
import org.saytara.json.Json;

/**
 * The fields of an event a review is about, as {@code before} and {@code after} in the audit trail:
 * enough to tell what changed, and to know what the event was (its article and sentence) even
 * after a re-extraction no longer finds it.
 */
final class ReviewedFields {
    private ReviewedFields() {}

    static ObjectNode of(Event e, Vocabulary vocabulary) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("article", e.article());
        n.put("evidence", e.evidence());
        n.put("place", e.place() == null ? null : e.place().id());
        n.put("place_name_ar", e.place() == null ? null : e.place().nameAr());
        n.put("place_name_en", e.place() == null ? null : e.place().nameEn());
        n.put("kind", e.kind().code());
        n.put("actor_gaining", e.actorGaining());
        n.put("actor_losing", e.actorLosing());
        // A repelled attack names the holder in controller_after, not a gainer.
        Side gaining = e.controllerAfter() != null && e.kind() != EventKind.CONTESTED ? e.controllerAfter()
                : vocabulary.actors().sideOf(e.actorGaining());
        Side losing = vocabulary.actors().sideOf(e.actorLosing());
        n.put("gaining_side", gaining == null ? null : gaining.code());
        n.put("losing_side", losing == null ? null : losing.code());
        n.put("controller_after", e.controllerAfter() == null ? null : e.controllerAfter().code());
        n.put("date", e.date() == null ? null : e.date().toString());
        n.put("date_min", e.dateMin() == null ? null : e.dateMin().toString());
        n.put("date_max", e.dateMax() == null ? null : e.dateMax().toString());
        n.put("date_precision", e.datePrecision() == null ? null : e.datePrecision().code());
        n.put("claimed", e.claimed());
        n.put("claimed_by", e.claimedBy());
        return n;
    }
}
