package eu.reloop.shared;

/**
 * A service ReLoop depends on (search, the payment provider) cannot answer now; nothing was changed, and
 * the same step may work in a minute. The message key says what to tell the user.
 */
public class UnavailableException extends RuntimeException {

    private final String messageKey;

    public UnavailableException(String messageKey, String message, Throwable cause) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public UnavailableException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
