package eu.reloop.payment;

/**
 * Stripe could not be reached or refused a request it should have taken. Worth trying again later;
 * the message key tells the user so, the cause tells the log what happened.
 */
public class PaymentProviderException extends RuntimeException {

    public static final String MESSAGE_KEY = "payment.error.provider";

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
