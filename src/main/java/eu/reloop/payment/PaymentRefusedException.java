package eu.reloop.payment;

/** A payment step that cannot happen now; the message key says why, for the user. */
public class PaymentRefusedException extends RuntimeException {

    private final String messageKey;

    public PaymentRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
