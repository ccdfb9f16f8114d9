package eu.reloop.stamp;

import java.util.EnumSet;
import java.util.Set;

/**
 * What is appended to the stamp log: what can happen to a stamped item (a repair included), and the chain-of-custody steps of a
 * handed-in device ({@link #custody()}), whose entries name the device by its custody subject instead of a
 * stamp code ({@link CustodyLog}).
 */
public enum StampEvent {
    ISSUED, REVOKED, SOLD, RETURNED, WARRANTY_CLAIM, TRANSFERRED, REPAIRED,
    HANDIN_BOOKED, HANDIN_RECEIVED, HANDIN_ERASED, HANDIN_REFURBISHED, HANDIN_HANDED_OVER, HANDIN_HANDOVER_CONFIRMED,
    HANDIN_RECYCLED;

    private static final Set<StampEvent> CUSTODY = EnumSet.range(HANDIN_BOOKED, HANDIN_RECYCLED);

    /** Whether it is a step of a handed-in device's chain of custody rather than an event of a stamp. */
    public boolean custody() {
        return CUSTODY.contains(this);
    }
}
