package eu.reloop.search;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.RepairTerms;
import eu.reloop.geo.GeoPoint;

/**
 * One site in a search result, with its distance from the search origin; a repairer's also with what the repair
 * filters search on: whether it answers with the repair information form online (certified now), and its repair
 * terms.
 */
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
        Set<String> services,
        boolean repairFormOnline,
        @Nullable RepairTerms repairTerms) {
}
