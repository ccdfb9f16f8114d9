package eu.reloop.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.geo.GeoPoint;

/**
 * A listing as the search index holds it. {@code searchable} is false for listings that must leave the
 * index (sold, withdrawn, off sale, or a seller that is not certified); a hold ({@code reservedUntil})
 * and the seller's certificate end ({@code sellerCertifiedUntil}) are kept as instants, so that both take
 * effect in search the moment they pass, with no job to run. {@code updatedAt} is the later of the
 * listing's and its seller's last change: the version of the document.
 */
public record ListingForSearch(UUID id, UUID organisationId, String sellerName, UUID siteId, GeoPoint location,
        String town, String country, String stampCode, String title, String description, String category,
        String brand, String model, String grade, BigDecimal price, String currency, boolean pickup,
        @Nullable BigDecimal shippingPrice, @Nullable Integer batteryHealthPercent, List<UUID> photoIds,
        @Nullable Instant reservedUntil, @Nullable Instant sellerCertifiedUntil, Instant listedAt, Instant updatedAt,
        boolean searchable) {
}
