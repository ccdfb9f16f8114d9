package eu.reloop.payment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Stripe says a buyer finished checkout for an order ({@code checkout.session.completed}). Published once
 * per Stripe event, also after a {@link CheckoutExpired} of the same order: the order's owner decides.
 *
 * @param paymentIntentId the payment to refund later, when there is one
 * @param currency lower-case ISO code, as Stripe writes it
 */
public record CheckoutCompleted(UUID orderId, String sessionId, @Nullable String paymentIntentId,
        long amountTotalMinor, String currency, Instant occurredAt) {
}
