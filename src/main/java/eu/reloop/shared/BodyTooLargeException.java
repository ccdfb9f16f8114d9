package eu.reloop.shared;

import java.io.IOException;

/** A request body beyond its path's limit; answered 413. Thrown from reading, so that reading stops there. */
class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
