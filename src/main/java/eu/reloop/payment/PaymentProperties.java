package eu.reloop.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stripe settings ({@code reloop.payment.*}). Online payment is on only when both the secret key and a
 * webhook signing secret are set: without the webhook, a paid order would never be known to be paid.
 *
 * @param stripeSecretKey the platform's secret key ({@code sk_live_...} or {@code sk_test_...})
 * @param stripeWebhookSecret the signing secret of the webhook endpoint ({@code whsec_...}); several,
 *        separated by commas, when both an account endpoint and a Connect endpoint deliver to ReLoop
 * @param stripeApiBase where the Stripe API is; tests point it at a local stand-in
 * @param platformFeePercent ReLoop's fee, in percent of each payment, kept from the seller's share
 * @param webhookTolerance how old a webhook's signed timestamp may be, against replayed deliveries
 */
@ConfigurationProperties("reloop.payment")
public record PaymentProperties(@Nullable String stripeSecretKey, @Nullable String stripeWebhookSecret,
        @DefaultValue("https://api.stripe.com") String stripeApiBase,
        @DefaultValue("5") BigDecimal platformFeePercent,
        @DefaultValue("5m") Duration webhookTolerance) {

    public PaymentProperties {
        if (platformFeePercent.signum() < 0 || platformFeePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("reloop.payment.platform-fee-percent must be from 0 to below 100");
        }
    }

    /** Both secrets set: checkout can start and its outcome can be heard. */
    public boolean onlineEnabled() {
        return !blank(stripeSecretKey) && !webhookSecrets().isEmpty();
    }

    List<String> webhookSecrets() {
        return stripeWebhookSecret == null ? List.of()
                : Arrays.stream(stripeWebhookSecret.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
