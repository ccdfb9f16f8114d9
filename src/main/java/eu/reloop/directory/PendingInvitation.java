package eu.reloop.directory;

import java.time.Instant;
import java.util.UUID;

import eu.reloop.identity.MemberRole;

/** An invitation nobody has accepted, declined or revoked yet (it may have run out). */
public record PendingInvitation(UUID id, String email, MemberRole role, Instant expiresAt) {
}
