package eu.reloop.directory;

import java.util.UUID;

/** A stored site of an organisation. */
public record Site(UUID id, UUID organisationId, SiteDetails details) {
}
