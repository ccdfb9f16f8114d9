package eu.reloop.search;

import java.util.List;

/**
 * How many listings each value of a facet would find, most first. Each facet is counted with every
 * filter of the search except its own, so that choosing a brand still shows what the other brands offer.
 */
public record ListingFacets(List<Count> categories, List<Count> brands, List<Count> grades) {

    public record Count(String value, long count) {
    }
}
