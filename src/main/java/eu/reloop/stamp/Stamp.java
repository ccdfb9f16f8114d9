package eu.reloop.stamp;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An issued quality stamp: the item as inspected, the issuing centre and certifier, the signed statement (with
 * the id of the key that signed it) that its QR code carries, and the photo that statement binds (none for stamps
 * issued before photos were required).
 */
public record Stamp(StampCode code, UUID applicationId, UUID organisationId, InspectionReport report, Instant issuedAt,
        String certifier, String signedPayload, String signature, String keyId, @Nullable Instant revokedAt,
        @Nullable String revokedReason, int warrantyMonths, @Nullable UUID photoId) {
}
