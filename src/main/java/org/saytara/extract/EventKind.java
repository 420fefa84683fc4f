package org.saytara.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a sentence says happened to control of a place. */
public enum EventKind {
    /** An actor took the place. */
    CAPTURE,
    /** An actor left the place; the gainer is known only when the article names it. */
    WITHDRAWAL,
    /** Attacks, clashes, siege, a road cut: fighting without a change of hands. */
    CONTESTED,
    /** An actor is stationed in the place. */
    PRESENCE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromCode(String code) {
        for (EventKind k : values()) if (k.code().equalsIgnoreCase(code)) return k;
        throw new IllegalArgumentException("unknown event kind: " + code);
    }
}
