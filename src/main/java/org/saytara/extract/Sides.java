package org.saytara.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sides of a profile, in legend order, and the one that plays the state (if any). */
public final class Sides {
    private final List<Side> all;
    private final Map<String, Side> byCode;
    private final Side state;
    private final Set<Side> patrons;

    Sides(List<Side> all, Side state, Set<Side> patrons) {
        this.all = List.copyOf(all);
        Map<String, Side> m = new LinkedHashMap<>();
        for (Side s : all) m.put(s.code(), s);
        this.byCode = m;
        this.state = state;
        this.patrons = Set.copyOf(patrons);
    }

    /**
     * Whether factions fighting together with this side's own forces are counted on its side (the
     * profile's role {@code patron}: in Syria, Turkey and the factions of its operations).
     */
    public boolean isPatron(Side side) {
        return side != null && patrons.contains(side);
    }

    /** Every side, in the order of the legend. */
    public List<Side> all() {
        return all;
    }

    public Optional<Side> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The side with this id.
     *
     * @throws IllegalArgumentException naming the known ids, for an id the profile does not have
     */
    public Side require(String code) {
        Side s = code == null ? null : byCode.get(code);
        if (s == null) throw new IllegalArgumentException("unknown side '" + code + "' (sides: " + String.join(", ", codes()) + ")");
        return s;
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /**
     * The side "the state" means: the one the text's state phrases (عادت إلى كنف الدولة) and the
     * official media speak for. Empty when the profile gives that role to no side.
     */
    public Optional<Side> state() {
        return Optional.ofNullable(state);
    }
}
