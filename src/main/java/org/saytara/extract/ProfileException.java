package org.saytara.extract;

/**
 * A profile that cannot be trusted: a malformed row, an unknown side id, a form claimed by two
 * actors. Thrown at start-up with the file, line and reason, so a wrong map is never drawn.
 */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
