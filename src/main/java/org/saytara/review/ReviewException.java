package org.saytara.review;

/** A review that cannot be accepted; the message names the field and is written for the client. */
public final class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message, null, false, false);
    }
}
