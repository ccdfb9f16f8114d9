package eu.reloop.repair;

/** Where a request stands: asked (forms come in), then the accepted repair from booking to collection. */
public enum RepairStatus {
    ASKED, BOOKED, RECEIVED, REPAIRED, READY, COLLECTED;

    /**
     * The step the repairer moves on to from here. Received to repaired is taken by recording the outcome, and
     * collection is the consumer's.
     */
    boolean repairerMayMoveTo(RepairStatus next) {
        return switch (this) {
            case BOOKED -> next == RECEIVED;
            case REPAIRED -> next == READY;
            default -> false;
        };
    }
}
