package org.saytara.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saytara.extract.UnlocatedEvent;
import org.saytara.gazetteer.PlaceType;

/**
 * {@code GET /api/unlocated}: the events at places no source of the gazetteer has, grouped by the
 * name the articles wrote, most reported first, so that an analyst sees which places to add to the
 * curated file. They are never on the map.
 */
final class UnlocatedRoutes {
    private final SnapshotStore store;

    UnlocatedRoutes(SnapshotStore store) {
        this.store = store;
    }

    void list(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot snapshot = store.current();
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> snapshot.renders().get("unlocated",
                () -> JsonResponses.bytes(UnlocatedList.of(snapshot.analysis().unlocated()))));
    }

    /**
     * @param count  events at unlocated places
     * @param names  one row per name as written, most events first
     * @param events every such event, in corpus order
     */
    record UnlocatedList(int count, List<UnlocatedName> names, List<UnlocatedEvent> events) {
        static UnlocatedList of(List<UnlocatedEvent> events) {
            Map<String, List<UnlocatedEvent>> byName = new LinkedHashMap<>();
            for (UnlocatedEvent e : events) byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
            List<UnlocatedName> names = new ArrayList<>();
            for (Map.Entry<String, List<UnlocatedEvent>> n : byName.entrySet()) {
                List<UnlocatedEvent> es = n.getValue();
                names.add(new UnlocatedName(n.getKey(), es.get(0).placeType(), es.size(),
                        es.stream().map(UnlocatedEvent::article).distinct().toList()));
            }
            names.sort((a, b) -> a.events() != b.events() ? b.events() - a.events() : a.name().compareTo(b.name()));
            return new UnlocatedList(events.size(), names, events);
        }
    }

    /** A name no source has: the kind of place its cue announced, how many events, which articles. */
    record UnlocatedName(String name, PlaceType type, int events, List<String> articles) {}
}
