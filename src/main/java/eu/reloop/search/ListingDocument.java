package eu.reloop.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.reloop.market.ListingForSearch;
import eu.reloop.shared.Money;

/**
 * One listing as {@code search-config/listings.json} maps it: what the search filters, sorts and counts
 * by, and what a hit shows, nothing more (a full reindex writes a million of them). The price is in the
 * currency's minor units, exact. The hold and the seller's certificate end are instants, so that both take
 * effect in search the moment they pass. The stems are the {@link NordicTerms} of the title, brand, model,
 * description and the category's names.
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
        long listedAt,
        /* Searched, but not kept in _source: a hit read back has none. */
        @Nullable Set<String> stems) {

    static ListingDocument of(ListingForSearch listing, CategoryNames categoryNames) {
        List<String> texts = new ArrayList<>(List.of(listing.title(), listing.brand(), listing.model(),
                listing.description()));
        texts.addAll(categoryNames.of(Set.of(listing.category())));
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
                listing.listedAt().toEpochMilli(),
                NordicTerms.of(texts));
    }

    Money price() {
        Currency unit = Currency.getInstance(currency);
        return new Money(BigDecimal.valueOf(priceMinor, unit.getDefaultFractionDigits()), unit);
    }
}
