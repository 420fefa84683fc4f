package org.saytara.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A side a place can be held by, as the profile's {@code sides.tsv} defines it: an id, labels in
 * English and Arabic, and the colour maps draw it in. Which sides exist is data, not code: Syria's
 * profile has government, opposition, hts, turkey, sdf and isis; another conflict has its own.
 *
 * <p>A side is a value: two sides are equal when their ids are, so compare them with
 * {@link #equals}, never {@code ==}. In JSON a side is its id.
 */
public final class Side {
    private final String code;
    private final String colour;
    private final String labelEn;
    private final String labelAr;
    private final String textEn;

    Side(String code, String colour, String labelEn, String labelAr, String textEn) {
        this.code = Objects.requireNonNull(code);
        this.colour = colour;
        this.labelEn = labelEn;
        this.labelAr = labelAr;
        this.textEn = textEn;
    }

    /** The id: lower-case letters, digits and "-"; what JSON, CSS classes and the scorer use. */
    @JsonValue
    public String code() {
        return code;
    }

    /** {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    /** The name in a legend: "Government". */
    public String labelEn() {
        return labelEn;
    }

    public String labelAr() {
        return labelAr;
    }

    /** The side inside an English sentence: "the government", "ISIS". */
    public String textEn() {
        return textEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Side s && s.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
