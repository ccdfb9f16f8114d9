package eu.reloop.payment;

import java.time.Instant;
import java.util.UUID;

/** A checkout for an order ran out or was expired without payment ({@code checkout.session.expired}). */
public record CheckoutExpired(UUID orderId, String sessionId, Instant occurredAt) {
}
