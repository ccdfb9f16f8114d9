package eu.reloop.directory;

import java.util.UUID;

/** An organisation, or one of its sites, was registered, changed or removed. */
public record OrganisationChanged(UUID organisationId) {
}
