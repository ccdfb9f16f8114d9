package eu.reloop.market;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.Money;

/**
 * A buyer's request to give an item back for their money, or the refund a warranty claim was answered
 * with ({@code claimId} set). {@code amount} is what the buyer paid, and gets back.
 */
public record OrderReturn(UUID id, UUID orderId, String orderNumber, String title, UUID sellerOrganisationId,
        String buyerEmail, PaymentMethod paymentMethod, Money amount, String reason, ReturnStatus status,
        @Nullable String answer, @Nullable String refundId, @Nullable UUID claimId, Instant requestedAt,
        @Nullable Instant answeredAt, @Nullable Instant refundedAt) {
}
