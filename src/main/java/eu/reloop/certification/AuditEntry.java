package eu.reloop.certification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the append-only audit trail: who did what, when, to which application or certificate, and why. */
public record AuditEntry(long id, UUID organisationId, Instant at, String actor, AuditAction action,
        @Nullable UUID applicationId, @Nullable String certificateNumber, @Nullable String reason) {
}
