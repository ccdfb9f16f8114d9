package eu.reloop.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of an account's trail: who did what to it, when, and why. */
public record AccountAuditEntry(String actor, AccountAction action, @Nullable Role role, @Nullable String reason,
        Instant recordedAt) {
}
