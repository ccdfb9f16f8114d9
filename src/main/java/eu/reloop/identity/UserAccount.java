package eu.reloop.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who can sign in, with the roles they hold. */
public record UserAccount(UUID id, String email, String displayName, Set<Role> roles, boolean enabled,
        Instant createdAt) {
}
