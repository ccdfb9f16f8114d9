package eu.reloop.market;

/** How the seller settles a warranty claim. */
public enum ClaimOutcome {
    REPAIR, REPLACE, REFUND, REJECT
}
