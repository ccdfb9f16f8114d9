package eu.reloop.stamp;

/** What can happen to a stamped item, each appended to the stamp log. */
public enum StampEvent {
    ISSUED, REVOKED, SOLD, RETURNED, WARRANTY_CLAIM, TRANSFERRED
}
