package eu.reloop.certification;

import java.time.Instant;
import java.util.UUID;

/** One line of a certifier's work queue. */
public record SubmittedApplication(UUID id, UUID organisationId, String organisationName, String country,
        CertificateKind kind, Instant submittedAt) {
}
