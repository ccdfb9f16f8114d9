package eu.reloop.market;

/**
 * Where a return stands. REQUESTED waits for the seller; APPROVED waits for the refund (Stripe's
 * confirmation for an order paid online); REFUND_FAILED is a returned item whose refund Stripe could not
 * pay back, which the seller owes until they record paying it another way; REFUSED is final, and so is
 * REFUNDED unless Stripe later reports that refund failed.
 */
public enum ReturnStatus {
    REQUESTED, APPROVED, REFUSED, REFUNDED, REFUND_FAILED;

    /** Still in progress: an order has at most one such return. */
    public boolean open() {
        return this == REQUESTED || this == APPROVED;
    }
}
