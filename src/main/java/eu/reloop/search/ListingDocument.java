package eu.reloop.search;

import java.math.BigDecimal;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.reloop.market.ListingForSearch;
import eu.reloop.shared.Money;

/**
 * One listing as {@code search-config/listings.json} maps it: what the search filters, sorts and counts
 * by, and what a hit shows, nothing more (a full reindex writes a million of them). The price is in the
 * currency's minor units, exact. The hold and the seller's certificate end are instants, so that both take
 * effect in search the moment they pass.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ListingDocument(
        String listingId,
        String organisationId,
        String sellerName,
        String town,
        DocumentLocation location,
        String title,
        /* Searched, but not kept in _source: a hit read back has none. */
        @Nullable String description,
        String category,
        String brand,
        String model,
        String grade,
        long priceMinor,
        String currency,
        @Nullable Integer batteryHealthPercent,
        @Nullable String photoId,
        String stampCode,
        @Nullable Long reservedUntil,
        @Nullable Long sellerCertifiedUntil,
        long listedAt) {

    static ListingDocument of(ListingForSearch listing) {
        return new ListingDocument(
                listing.id().toString(),
                listing.organisationId().toString(),
                listing.sellerName(),
                listing.town(),
                DocumentLocation.of(listing.location()),
                listing.title(),
                listing.description(),
                listing.category(),
                listing.brand(),
                listing.model(),
                listing.grade(),
                new Money(listing.price(), Currency.getInstance(listing.currency())).minorUnits(),
                listing.currency(),
                listing.batteryHealthPercent(),
                listing.photoIds().isEmpty() ? null : listing.photoIds().getFirst().toString(),
                listing.stampCode(),
                listing.reservedUntil() == null ? null : listing.reservedUntil().toEpochMilli(),
                listing.sellerCertifiedUntil() == null ? null : listing.sellerCertifiedUntil().toEpochMilli(),
                listing.listedAt().toEpochMilli());
    }

    Money price() {
        Currency unit = Currency.getInstance(currency);
        return new Money(BigDecimal.valueOf(priceMinor, unit.getDefaultFractionDigits()), unit);
    }
}
