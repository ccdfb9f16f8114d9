package eu.reloop.payment;

import eu.reloop.shared.UnavailableException;

/**
 * Stripe could not be reached or refused a request it should have taken. Worth trying again later;
 * the message key tells the user so, the cause tells the log what happened.
 *
 * <p>Either Stripe answered and turned the request down ({@link #refusedByStripe()}: nothing was done, and the
 * same request would be turned down again), or the outcome is unknown (no answer in time, or Stripe's own error):
 * the call may have taken effect, and only sending it again under the same idempotency key tells.
 */
public class PaymentProviderException extends UnavailableException {

    public static final String MESSAGE_KEY = "payment.error.provider";

    private final boolean refusedByStripe;

    public PaymentProviderException(String message, Throwable cause, boolean refusedByStripe) {
        super(MESSAGE_KEY, message, cause);
        this.refusedByStripe = refusedByStripe;
    }

    /** Stripe answered and turned the request down: nothing was done, and asking again changes nothing. */
    public boolean refusedByStripe() {
        return refusedByStripe;
    }
}
