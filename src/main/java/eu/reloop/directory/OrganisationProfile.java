package eu.reloop.directory;

import java.util.List;

/** An organisation with all its sites: what the public profile shows and what search indexes. */
public record OrganisationProfile(Organisation organisation, List<Site> sites, RepairTerms repairTerms) {
}
