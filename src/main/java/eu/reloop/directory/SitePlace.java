package eu.reloop.directory;

import java.time.Instant;
import java.util.UUID;

import eu.reloop.geo.GeoPoint;

/**
 * Where a site is and whose it is, with the organisation's standing now and when it last changed (a
 * certificate change counts): all that a listing needs from the directory, read in one query for many
 * sites (the listings index reads it per batch).
 */
public record SitePlace(UUID siteId, UUID organisationId, String organisationName, String siteName, GeoPoint location,
        String street, String postcode, String town, String country, CertificationStanding standing,
        Instant organisationUpdatedAt) {
}
