package org.saytara.layers;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The layers of a frame's collection, in drawing order: areas under fronts under places under changes. */
public enum Layer {
    AREAS, FRONTS, PLACES, CHANGES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Layer names as given by a caller; empty means all. Unknown names are refused. */
    public static EnumSet<Layer> parse(Set<String> names) {
        if (names == null || names.isEmpty()) return EnumSet.allOf(Layer.class);
        EnumSet<Layer> out = EnumSet.noneOf(Layer.class);
        for (String n : names) {
            Layer found = null;
            for (Layer l : values()) if (l.code().equals(n)) found = l;
            if (found == null) throw new IllegalArgumentException("unknown layer '" + n + "'; known: areas, fronts, places, changes");
            out.add(found);
        }
        return out;
    }
}
