package eu.reloop.search;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.Money;
import eu.reloop.stamp.Grade;

/**
 * One listing in a search result, with its distance from the search origin. A reserved one (a checkout
 * holds it) is still shown, flagged, since the hold may lapse. {@code stampCode} lets whoever shows the hit
 * verify the item's stamp ({@code /api/v1/stamps/{code}}).
 */
public record ListingHit(
        UUID listingId,
        String title,
        Money price,
        Grade grade,
        @Nullable Integer batteryHealthPercent,
        String brand,
        String model,
        String category,
        String sellerName,
        UUID organisationId,
        String town,
        GeoPoint location,
        double distanceKm,
        boolean reserved,
        @Nullable UUID photoId,
        String stampCode,
        Instant listedAt) {
}
