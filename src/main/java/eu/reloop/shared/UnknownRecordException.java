package eu.reloop.shared;

/**
 * A record asked for by id or code that does not exist (or no longer does). The message is written for an
 * API client ("No stamp with this code ..."); pages show their own translated text.
 */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String message) {
        super(message);
    }
}
