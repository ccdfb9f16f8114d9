package eu.reloop.handin;

/** Where a hand-in stands; the names are stored and translated as {@code handin.status.<NAME>}. */
public enum HandInStatus {
    BOOKED, CANCELLED, RECEIVED
}
