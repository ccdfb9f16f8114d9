package eu.reloop.impact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.directory.SitePlace;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.Place;

/**
 * Where a figure counts: the site's country as its address gives it, and the region and town the gazetteer has nearest to
 * the site. The town stands for the municipality (the gazetteer has no municipal borders), and its coordinates, not the
 * site's, place the figure on the map.
 */
@Component
class Areas {

    private final Organisations organisations;
    private final Gazetteer gazetteer;

    Areas(Organisations organisations, Gazetteer gazetteer) {
        this.organisations = organisations;
        this.gazetteer = gazetteer;
    }

    ImpactRecord.Area ofSite(UUID siteId) {
        SitePlace site = organisations.sitePlaces(List.of(siteId)).get(siteId);
        if (site == null) {
            throw new IllegalArgumentException("No site " + siteId);
        }
        return near(site.location(), site.country());
    }

    /** Each organisation's area, by its first site; organisations without a located site have none. */
    Map<UUID, ImpactRecord.Area> ofOrganisations(Collection<UUID> organisationIds) {
        return organisations.profiles(organisationIds).stream()
                .flatMap(profile -> firstLocatedSite(profile).map(site -> Map.entry(profile.organisation().id(),
                        near(new GeoPoint(site.details().latitude(), site.details().longitude()),
                                site.details().address().country()))).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Optional<Site> firstLocatedSite(OrganisationProfile profile) {
        return profile.sites().stream()
                .filter(site -> site.details().latitude() != null && site.details().longitude() != null).findFirst();
    }

    private ImpactRecord.Area near(GeoPoint location, String country) {
        Place place = gazetteer.nearest(location).orElseThrow();
        return new ImpactRecord.Area(country, place.region(), place.name(), place.location().latitude(),
                place.location().longitude());
    }
}
