package eu.reloop.stamp;

import java.time.Instant;

/**
 * What checking a QR code's signed statement found. A genuine statement alone says nothing about revocation, so
 * there is no plain "genuine": it is either not revoked as of {@code statusAsOf}, revoked, or of a stamp whose record
 * fails its checks.
 */
public record StatementCheck(Verdict verdict, Instant statusAsOf) {

    public enum Verdict {
        /** The registry signed this very statement, and the stamp was not revoked at {@code statusAsOf}. */
        NOT_REVOKED,
        /** The registry signed it, but the stamp is revoked. */
        REVOKED,
        /** The registry signed it, but the stamp's record in the registry fails its own checks. */
        UNVERIFIABLE,
        /** Altered, forged, or the statement of another stamp. */
        NOT_GENUINE
    }
}
