package eu.reloop.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A page of listings, the facet counts of the whole search, and the currency its prices were compared in. */
public record ListingResults(@JsonUnwrapped SearchPage<ListingHit> page, ListingFacets facets, String currency) {
}
