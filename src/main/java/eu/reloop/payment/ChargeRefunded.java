package eu.reloop.payment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Money went back to a buyer ({@code charge.refunded}), in full or in part.
 *
 * @param orderId the charge's {@code order_id} metadata when it carries one; otherwise find the order by
 *        its payment intent, which {@link CheckoutCompleted} named
 * @param amountRefundedMinor everything refunded on the charge so far, not only this refund
 */
public record ChargeRefunded(@Nullable UUID orderId, String paymentIntentId, long amountRefundedMinor,
        Instant occurredAt) {
}
