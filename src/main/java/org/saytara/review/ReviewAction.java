package org.saytara.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a review does. The first three concern an event, the last two a place's pin. */
public enum ReviewAction {
    CONFIRM("confirmed"), REJECT("rejected"), CORRECT("corrected"), PIN("pinned"), UNPIN("unpinned");

    private final String status;

    ReviewAction(String status) {
        this.status = status;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state it leaves an event or pin in: {@code confirmed}, {@code rejected} … */
    public String status() {
        return status;
    }

    public boolean onEvent() {
        return this == CONFIRM || this == REJECT || this == CORRECT;
    }

    /** The action of this code, or null. */
    public static ReviewAction fromCode(String code) {
        for (ReviewAction a : values()) if (a.code().equals(code)) return a;
        return null;
    }
}
