package eu.reloop.market;

/**
 * Where a listing stands. OFF_SALE is the market's own doing: the stamp was revoked or the centre's
 * certificate lapsed, and the listing comes back by itself only if the seller relists it.
 */
public enum ListingStatus {
    ON_SALE, OFF_SALE, SOLD, WITHDRAWN
}
