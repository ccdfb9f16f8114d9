package eu.reloop.stamp;

/**
 * Who holds a stamped item now. The market knows its buyer and answers; the registry itself records no sales
 * beyond their log entries, and so asks.
 */
public interface ItemOwners {

    /** Whether the signed-in user is the stamped item's buyer on record, and has not returned it. */
    boolean signedInUserOwns(StampCode code);
}
