package eu.reloop.search;

import java.util.Set;
import java.util.UUID;

import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.geo.GeoPoint;

/** One site in a search result, with its distance from the search origin. */
public record OrganisationHit(
        UUID organisationId,
        UUID siteId,
        OrganisationKind kind,
        String name,
        String siteName,
        String address,
        GeoPoint location,
        double distanceKm,
        boolean openNow,
        CertificationStatus certification,
        Set<String> categories,
        Set<String> services) {
}
