package eu.reloop.payment;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;

import eu.reloop.shared.RefusedException;

/**
 * The Stripe client, built once from the settings; absent while no secret key is configured. Each call
 * turns Stripe's checked exceptions into {@link PaymentProviderException}, after the client's own retries
 * (same idempotency key) of network failures.
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
        try {
            return call.on(client);
        } catch (StripeException e) {
            // Logged here, once for every caller: the user is only told to try again.
            log.warn("Stripe: {} failed ({}, {}, request {})", what, e.getStatusCode(), e.getCode(), e.getRequestId());
            throw new PaymentProviderException("Stripe: " + what + " failed (" + e.getStatusCode() + ", "
                    + e.getCode() + ", request " + e.getRequestId() + "): " + e.getMessage(), e);
        }
    }
}
