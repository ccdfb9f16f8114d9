package eu.reloop.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The stamp's extended warranty, registered to the buyer when the sale completes. It runs in whole days of
 * the seller's country, {@code timeZone}; {@code siteId} is where the item was sold from.
 */
public record Warranty(UUID id, UUID orderId, String orderNumber, String stampCode, String title, UUID sellerOrganisationId,
        UUID siteId, String buyerEmail, LocalDate startsOn, LocalDate endsOn, ZoneId timeZone, @Nullable Instant endedAt) {

    /** In force on that day: begun, not past its end, and not ended early by a return or refund. */
    public boolean inForceOn(LocalDate day) {
        return endedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
