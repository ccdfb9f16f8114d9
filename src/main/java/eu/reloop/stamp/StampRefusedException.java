package eu.reloop.stamp;

import java.util.List;

/** A stamp step the rules do not allow now; carries the message keys that say why (the blockers, for a report). */
public class StampRefusedException extends RuntimeException {

    private final List<String> messageKeys;

    public StampRefusedException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public StampRefusedException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
