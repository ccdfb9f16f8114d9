package eu.reloop.payment;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;

import eu.reloop.shared.RefusedException;

/**
 * The Stripe client, built once from the settings; absent while no secret key is configured. Each call
 * turns Stripe's checked exceptions into {@link PaymentProviderException}, after the client's own retries
 * (same idempotency key) of network failures, telling a refusal from an unknown outcome.
 *
 * <p>No call is made inside a database transaction: one would hold a pooled connection, and the rows it
 * locked, for as long as Stripe takes to answer, and a slow Stripe would stall every page with it
 * (docs/decisions/stripe-called-outside-transactions.md). A call from inside one fails at once, in tests too.
 */
@Component
class StripeApi {

    private static final Logger log = LoggerFactory.getLogger(StripeApi.class);

    private static final int CONNECT_TIMEOUT_MS = 10_000;
    // A page waits for this: long enough for Stripe's slow moments, short enough not to hang a click.
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final int NETWORK_RETRIES = 2;

    private final @Nullable StripeClient client;

    StripeApi(PaymentProperties properties) {
        String key = properties.stripeSecretKey();
        client = key == null || key.isBlank() ? null : new StripeClient.StripeClientBuilder()
                .setApiKey(key.strip())
                .setApiBase(properties.stripeApiBase().replaceAll("/+$", ""))
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setReadTimeout(READ_TIMEOUT_MS)
                .setMaxNetworkRetries(NETWORK_RETRIES)
                .build();
    }

    interface Call<T> {
        T on(StripeClient stripe) throws StripeException;
    }

    /** @param what what was asked, for the log and the exception */
    <T> T call(String what, Call<T> call) {
        if (client == null) {
            throw RefusedException.because("payment.error.not-configured");
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Stripe is called outside database transactions; this call is inside one: " + what);
        }
        try {
            return call.on(client);
        } catch (StripeException e) {
            // Logged here, once for every caller: the user is only told to try again.
            log.warn("Stripe: {} failed ({}, {}, request {})", what, e.getStatusCode(), e.getCode(), e.getRequestId());
            throw new PaymentProviderException("Stripe: " + what + " failed (" + e.getStatusCode() + ", "
                    + e.getCode() + ", request " + e.getRequestId() + "): " + e.getMessage(), e, refused(e));
        }
    }

    /**
     * Stripe answered that it will not do this (a request wrong for the object, a declined card, a key reused
     * with other parameters): nothing was done. Anything else, no answer, Stripe's own error, a rate limit,
     * a key still in use by a request in flight (409) or credentials that an operator may yet fix, leaves the
     * outcome to be learnt by asking again.
     */
    private static boolean refused(StripeException e) {
        return e instanceof InvalidRequestException || e instanceof CardException
                || e instanceof IdempotencyException && !Integer.valueOf(409).equals(e.getStatusCode());
    }
}
