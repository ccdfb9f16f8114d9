package eu.reloop.market;

/**
 * Where a return stands. REQUESTED waits for the seller; APPROVED waits for the refund (Stripe's
 * confirmation for an order paid online); REFUSED and REFUNDED are final.
 */
public enum ReturnStatus {
    REQUESTED, APPROVED, REFUSED, REFUNDED;

    /** Still in progress: an order has at most one such return. */
    public boolean open() {
        return this == REQUESTED || this == APPROVED;
    }
}
