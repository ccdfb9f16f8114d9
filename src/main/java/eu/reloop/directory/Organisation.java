package eu.reloop.directory;

import java.time.Instant;
import java.util.UUID;

/** A repairer, reuse centre or collection point as the directory knows it, with its live certification. */
public record Organisation(UUID id, OrganisationKind kind, CertificationStanding certification,
        OrganisationDetails details, Instant updatedAt) {

    Organisation withCertification(CertificationStanding standing) {
        return new Organisation(id, kind, standing, details, updatedAt);
    }
}
