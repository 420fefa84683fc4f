package org.saytara.store;

/** The review database cannot be opened, migrated, read or written; the message says which and why. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
