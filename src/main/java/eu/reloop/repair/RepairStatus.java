package eu.reloop.repair;

/** Where a request stands: asked (forms come in), then the accepted repair from booking to collection. */
public enum RepairStatus {
    ASKED, BOOKED, RECEIVED, REPAIRED, READY, COLLECTED;

    /** The repairer's next step from here, if the repairer takes it; collection is the consumer's. */
    boolean repairerMayMoveTo(RepairStatus next) {
        return switch (this) {
            case BOOKED -> next == RECEIVED;
            case RECEIVED -> next == REPAIRED;
            case REPAIRED -> next == READY;
            default -> false;
        };
    }
}
