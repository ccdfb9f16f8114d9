package eu.reloop.directory;

import java.util.UUID;

import eu.reloop.identity.MemberRole;

/** What an invitation link offers, shown before the invited person accepts. */
public record OpenInvitation(UUID organisationId, String organisationName, String email, MemberRole role,
        boolean hasAccount) {
}
