package org.saytara.gazetteer;

/**
 * A gazetteer file that cannot be trusted. Thrown at start-up: a wrong map is worse than none, so a
 * place with no name, impossible coordinates or a dangling parent stops the program with a message
 * naming the file, the feature index or line, and the field.
 */
public final class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code places.geojson: feature 3 (id "tadmur"), field "name_ar": missing}. */
    static GazetteerException at(String file, String location, String field, String problem) {
        return new GazetteerException(file + ": " + location + ", field \"" + field + "\": " + problem);
    }
}
