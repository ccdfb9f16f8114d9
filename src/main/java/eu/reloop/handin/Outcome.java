package eu.reloop.handin;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of a handed-in device: refurbished under a stamp application of the receiving site, handed over to
 * a certified reuse centre (confirmed once it says it has the device), or recycled. {@code soldAgainAt} is when the
 * item stamped from a refurbished device was sold: its second life.
 */
public record Outcome(Kind kind, Instant at, @Nullable UUID stampApplicationId, @Nullable UUID receiverOrganisationId,
        @Nullable Instant confirmedAt, @Nullable Recycling recycling, @Nullable Instant soldAgainAt) {

    /** The names are stored and translated as {@code handin.outcome.<NAME>}. */
    public enum Kind {
        REFURBISHED, HANDED_OVER, RECYCLED
    }

    /** A hand-over the receiver has not confirmed yet. */
    public boolean awaitsConfirmation() {
        return kind == Kind.HANDED_OVER && confirmedAt == null;
    }
}
