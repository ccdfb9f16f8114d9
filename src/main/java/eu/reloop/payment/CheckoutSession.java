package eu.reloop.payment;

import java.time.Instant;

/** A started Stripe Checkout: send the buyer to {@code url}; it can no longer be paid after {@code expiresAt}. */
public record CheckoutSession(String sessionId, String url, Instant expiresAt) {
}
