package eu.reloop.directory;

import java.time.Instant;
import java.util.UUID;

/** A repairer, reuse centre or collection point as the directory knows it. */
public record Organisation(UUID id, OrganisationKind kind, CertificationStatus certification,
        OrganisationDetails details, Instant updatedAt) {
}
