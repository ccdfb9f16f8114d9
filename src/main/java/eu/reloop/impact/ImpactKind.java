package eu.reloop.impact;

/** What saved something: a stamped item sold again, a repair that fixed an item, a device recycled for its materials. */
public enum ImpactKind {
    REUSE, REPAIR, RECYCLING
}
