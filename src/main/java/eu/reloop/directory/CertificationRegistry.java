package eu.reloop.directory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The certificate registry as the directory reads it. The certification module implements it; the
 * directory only declares it, so that certification can build on the directory without a cycle.
 */
public interface CertificationRegistry {

    /** The standing of each organisation now; organisations that never held a certificate may be left out. */
    Map<UUID, CertificationStanding> standings(Collection<UUID> organisationIds);
}
