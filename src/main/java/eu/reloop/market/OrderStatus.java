package eu.reloop.market;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's life. RESERVED, AWAITING_PAYMENT and AWAITING_PICKUP hold the item for a limited time;
 * PAID and COMPLETED mean it is sold; RETURNED, CANCELLED and EXPIRED have let it go again.
 */
public enum OrderStatus {
    /** Checkout started: the buyer chooses how to pay, the item is held for minutes. */
    RESERVED,
    /** Sent to Stripe Checkout: the signed webhook decides what happens next. */
    AWAITING_PAYMENT,
    /** Reserved to pay at pickup: held until the centre confirms payment and hand-over, or the pickup time runs out. */
    AWAITING_PICKUP,
    /** Paid online: sold; the centre hands it over or ships it. */
    PAID,
    /** Paid and with the buyer. */
    COMPLETED,
    RETURNED,
    CANCELLED,
    EXPIRED;

    /** The states in which the order holds the item only until {@code heldUntil}. */
    public static final Set<OrderStatus> HOLDING = EnumSet.of(RESERVED, AWAITING_PAYMENT, AWAITING_PICKUP);

    public boolean holding() {
        return HOLDING.contains(this);
    }
}
