package eu.reloop.shared;

/** A client past its rate limit; answered 429 with {@code Retry-After}. */
class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequestsException(long retryAfterSeconds) {
        super("Rate limit reached; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
