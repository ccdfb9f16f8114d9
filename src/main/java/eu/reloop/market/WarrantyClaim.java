package eu.reloop.market;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A buyer's claim under the stamp's warranty, and the seller's answer. {@code overdue} is true while it
 * is open past {@code answerDue}, as of the moment it was read.
 */
public record WarrantyClaim(UUID id, UUID warrantyId, UUID orderId, String orderNumber, String stampCode, String title,
        UUID sellerOrganisationId, String buyerEmail, String description, ClaimStatus status,
        @Nullable ClaimOutcome outcome, @Nullable String answer, Instant filedAt, Instant answerDue,
        @Nullable Instant answeredAt, boolean overdue, List<UUID> photoIds) {
}
