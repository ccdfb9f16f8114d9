package eu.reloop.directory;

import java.util.UUID;

/** No such organisation, or no such site of that organisation. */
public class UnknownOrganisationException extends RuntimeException {

    public UnknownOrganisationException(UUID organisationId) {
        super("No organisation (or site of it) " + organisationId);
    }
}
