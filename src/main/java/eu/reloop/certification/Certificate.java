package eu.reloop.certification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.CertificationStatus;

/** A certificate as the registry holds it. Its public status depends on the moment it is read. */
public record Certificate(
        String number,
        UUID organisationId,
        String organisationName,
        CertificateKind kind,
        Scope scope,
        Instant validFrom,
        Instant validTo,
        String certifier,
        CertificateState state,
        @Nullable String stateReason) {

    public CertificationStatus statusAt(Instant now) {
        if (state == CertificateState.REVOKED) {
            return CertificationStatus.REVOKED;
        }
        if (!now.isBefore(validTo)) {
            return CertificationStatus.EXPIRED;
        }
        return state == CertificateState.SUSPENDED ? CertificationStatus.SUSPENDED : CertificationStatus.CERTIFIED;
    }
}
