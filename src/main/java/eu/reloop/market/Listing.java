package eu.reloop.market;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.Money;
import eu.reloop.stamp.Grade;

/**
 * One stamped item for sale. The item's facts (category, brand, model, grade, battery health) are the
 * stamp's, copied when it was listed; {@code heldUntil} is set while a checkout holds it.
 */
public record Listing(UUID id, UUID organisationId, String stampCode, UUID siteId, String title, String description,
        Money price, boolean pickup, @Nullable Money shippingPrice, ListingStatus status,
        @Nullable String offSaleReason, @Nullable Instant heldUntil, String category, String brand, String model,
        Grade grade, @Nullable Integer batteryHealthPercent, List<UUID> photoIds, Instant listedAt, Instant updatedAt) {

    Listing withPhotos(List<UUID> photos) {
        return new Listing(id, organisationId, stampCode, siteId, title, description, price, pickup, shippingPrice,
                status, offSaleReason, heldUntil, category, brand, model, grade, batteryHealthPercent, photos, listedAt,
                updatedAt);
    }

    public boolean shipping() {
        return shippingPrice != null;
    }

    /** Held by a checkout that has not lapsed yet. */
    public boolean heldAt(Instant now) {
        return heldUntil != null && heldUntil.isAfter(now);
    }
}
