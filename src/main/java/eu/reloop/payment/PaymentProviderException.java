package eu.reloop.payment;

import eu.reloop.shared.UnavailableException;

/**
 * Stripe could not be reached or refused a request it should have taken. Worth trying again later;
 * the message key tells the user so, the cause tells the log what happened.
 */
public class PaymentProviderException extends UnavailableException {

    public static final String MESSAGE_KEY = "payment.error.provider";

    public PaymentProviderException(String message, Throwable cause) {
        super(MESSAGE_KEY, message, cause);
    }
}
