package eu.reloop.market;

import java.util.UUID;

/** Published after any change to a listing (new, edited, held, sold, taken off sale), for the search index. */
public record ListingChanged(UUID listingId) {
}
