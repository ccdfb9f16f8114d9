package eu.reloop.payment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Stripe could not pay a refund back to the buyer's card ({@code refund.failed}, or a refund update with the
 * status {@code failed}), for instance because the card was closed. The money is back in ReLoop's balance
 * (the refund had reversed the transfer to the seller), and the buyer is still owed it.
 *
 * @param failureReason Stripe's reason, such as {@code expired_or_canceled_card}, when it gives one
 */
public record RefundFailed(String paymentIntentId, String refundId, @Nullable String failureReason, Instant occurredAt) {
}
