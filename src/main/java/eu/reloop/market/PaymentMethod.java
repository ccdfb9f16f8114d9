package eu.reloop.market;

/** Online through Stripe, or in person when the buyer picks the item up. */
public enum PaymentMethod {
    ONLINE, AT_PICKUP
}
