package eu.reloop.search;

/** How listings are ordered; ties (and every hit's distance) are by distance from the origin. */
public enum ListingSort {
    DISTANCE,
    /** Cheapest first in the search's currency; listings priced in other currencies come after those. */
    PRICE,
    NEWEST
}
