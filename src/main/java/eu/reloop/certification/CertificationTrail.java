package eu.reloop.certification;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Appends to the audit trail on behalf of whoever is acting: the signed-in user, or the system for expiry. */
@Component
class CertificationTrail {

    static final String SYSTEM = "system";

    private final CertificationRepository repository;
    private final Clock clock;

    CertificationTrail(CertificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void record(UUID organisationId, AuditAction action, @Nullable UUID applicationId,
            @Nullable String certificateNumber, @Nullable String reason) {
        repository.appendAudit(organisationId, clock.instant(), actor(), action, applicationId, certificateNumber, reason);
    }

    static String actor() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || !user.isAuthenticated() ? SYSTEM : user.getName();
    }
}
