package eu.reloop.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One change to who works for an organisation: what, who did it, whom it concerned, when. */
public record StaffAuditEntry(Instant at, String actor, StaffChange change, @Nullable String subject) {
}
