package eu.reloop.handin;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A device the chain of custody has lost sight of: received and neither erased nor moved on for too long, or handed
 * over and not confirmed by the receiving centre in time. Shown to the site and to certifiers.
 *
 * @param since when the step that should have been followed up was taken (received, handed over)
 * @param receiverName the centre that has not confirmed a hand-over, for that kind
 */
public record HandInFlag(Kind kind, UUID organisationId, String organisationName, String siteName, HandInCode code,
        UUID deviceId, String device, Instant since, @Nullable String receiverName) {

    /** The names are translated as {@code handin.flag.<NAME>}. */
    public enum Kind {
        OVERDUE, UNCONFIRMED_HAND_OVER
    }
}
