package eu.reloop.market;

/** How the item reaches the buyer. */
public enum Fulfilment {
    PICKUP, SHIPPING
}
