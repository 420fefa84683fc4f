package org.saytara.timeline;

import java.util.Locale;
import java.util.Map;
import org.saytara.extract.Side;

/**
 * Which side an extractor actor id fights on. Russia, Iran and loyal militias fight on the
 * government side, so a place they take is the government's.
 */
public final class ActorSides {
    private static final Map<String, Side> SIDES = Map.ofEntries(
            Map.entry("isis", Side.ISIS),
            Map.entry("regime", Side.GOVERNMENT),
            Map.entry("government", Side.GOVERNMENT),
            Map.entry("russia", Side.GOVERNMENT),
            Map.entry("iran", Side.GOVERNMENT),
            Map.entry("militias", Side.GOVERNMENT),
            Map.entry("loyalists", Side.GOVERNMENT),
            Map.entry("hezbollah", Side.GOVERNMENT),
            Map.entry("opposition", Side.OPPOSITION),
            Map.entry("fsa", Side.OPPOSITION),
            Map.entry("sdf", Side.SDF),
            Map.entry("ypg", Side.SDF));

    private ActorSides() {}

    /** The side of an actor id, or null for an unknown or missing actor. */
    public static Side sideOf(String actor) {
        if (actor == null) return null;
        return SIDES.get(actor.trim().toLowerCase(Locale.ROOT));
    }
}
