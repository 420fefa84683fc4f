package org.saytara.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actor registry of a profile: the one place that says which side an actor fights on and what
 * it is called. Events carry actor ids; everything downstream (timeline, layers, the API, the page)
 * looks them up here.
 */
public final class Actors {
    private final List<Actor> all;
    private final Map<String, Actor> byId;

    Actors(List<Actor> all) {
        this.all = List.copyOf(all);
        Map<String, Actor> m = new LinkedHashMap<>();
        for (Actor a : all) m.put(a.id(), a);
        this.byId = m;
    }

    /** Every actor, in registry order. */
    public List<Actor> all() {
        return all;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The side an actor id fights on; null for a missing id, an actor of no side, or a name the
     * registry does not list (a faction the extractor found by its form: its event's
     * {@code controller_after} says what the text made of it).
     */
    public Side sideOf(String id) {
        Actor a = id == null ? null : byId.get(id);
        return a == null ? null : a.side();
    }

    /**
     * The actor that stands for a side when the side is known but no actor is named (an inferred
     * gainer, "the state"): the side's first actor in the registry.
     */
    public Actor representative(Side side) {
        for (Actor a : all) if (side.equals(a.side())) return a;
        throw new IllegalStateException("side " + side + " has no actor"); // the reader refuses such a profile
    }

    /**
     * Who an umbrella word for fighters (الفصائل) becomes once the text ties it to a backer:
     * the backer itself when it has such words of its own (the Iran-backed militias), else the
     * first actor of the backer's side that has them (Turkey's SNA factions), else the side's
     * representative.
     */
    public Actor groupActorFor(Actor backer) {
        if (backer.hasGroupForms()) return backer;
        for (Actor a : all) if (backer.side().equals(a.side()) && a.hasGroupForms()) return a;
        return representative(backer.side());
    }
}
