package eu.reloop.identity;

import java.util.UUID;

/** A person who works for an organisation, and their role in it. */
public record Member(UUID userId, String email, String displayName, MemberRole role) {
}
