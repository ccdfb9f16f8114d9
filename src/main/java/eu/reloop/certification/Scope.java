package eu.reloop.certification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationProfile;

/** What a certificate covers: device categories (codes from the directory taxonomy) and services. */
public record Scope(Set<String> categories, Set<OfferedService> services) {

    public Scope {
        categories = Set.copyOf(categories);
        services = Set.copyOf(services);
    }

    /** Every category and service that any site of the organisation offers. */
    public static Scope offeredBy(OrganisationProfile profile) {
        List<Offering> offerings = profile.sites().stream().flatMap(site -> site.details().offerings().stream()).toList();
        return new Scope(offerings.stream().map(Offering::categoryCode).collect(Collectors.toSet()),
                offerings.stream().map(Offering::service).collect(Collectors.toSet()));
    }

    public boolean covers(String category) {
        return categories.contains(category);
    }
}
