package eu.reloop.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The stamp's extended warranty, registered to the buyer when the sale completes. */
public record Warranty(UUID id, UUID orderId, String orderNumber, String stampCode, String title, UUID sellerOrganisationId,
        String buyerEmail, LocalDate startsOn, LocalDate endsOn, @Nullable Instant endedAt) {

    /** In force on that day: begun, not past its end, and not ended early by a return or refund. */
    public boolean inForceOn(LocalDate day) {
        return endedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
