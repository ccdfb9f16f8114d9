package eu.reloop.stamp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.CertificationStatus;

/**
 * What anyone sees when checking a stamp: whether it is valid, the item (serial masked), its grade and
 * test summary, erasure and battery, the issuing centre with its live certificate status, the
 * warranty, the SHA-256 of the photo the stamp shows (as its checked issue entry records it; none for stamps issued
 * before photos were required), when the item was reported lost or stolen (if it was), and the stamp's history from the log, as of
 * {@code checkedAt}.
 */
public record StampVerification(
        String code,
        Status status,
        String category,
        String brand,
        String model,
        String serial,
        @Nullable Integer yearOfManufacture,
        Grade grade,
        int testsPassed,
        int testsTotal,
        @Nullable Boolean electricalSafetyPassed,
        @Nullable Integer batteryHealthPercent,
        boolean batteryReplaced,
        @Nullable Boolean dataErased,
        @Nullable String erasureMethod,
        int partsReplaced,
        UUID centreId,
        String centreName,
        CertificationStatus centreCertification,
        String certifier,
        Instant issuedAt,
        int warrantyMonths,
        @Nullable String photoHash,
        @Nullable Instant revokedAt,
        @Nullable String revokedReason,
        @Nullable Instant reportedLostAt,
        List<HistoryEntry> history,
        Instant checkedAt) {

    /** {@code UNVERIFIABLE}: the stamp's record in the registry fails its own checks; do not rely on it. */
    public enum Status {
        VALID, REVOKED, UNVERIFIABLE
    }

    /**
     * One event from the stamp log, with its place in the log for an inclusion proof and the details its signed
     * text holds ({@code docs/stamp-log.md} names them for each event).
     */
    public record HistoryEntry(long sequence, StampEvent event, Instant at, Map<String, String> details) {

        public HistoryEntry {
            details = Map.copyOf(details);
        }
    }
}
