package eu.reloop.market;

import org.jspecify.annotations.Nullable;

/** A market step the rules do not allow now; the message key says why, the field (if any) where. */
public class MarketRefusedException extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;

    public MarketRefusedException(String messageKey, @Nullable String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public MarketRefusedException(String messageKey) {
        this(messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }
}
