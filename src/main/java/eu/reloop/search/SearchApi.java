package eu.reloop.search;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.Quoted;
import eu.reloop.shared.RefusedException;

/**
 * What the public search endpoints share: where to search (a point or a place) and the category check.
 * A parameter that cannot be used is refused naming it, with a message that says what is allowed; the
 * shared API error handling answers it as a 400 problem. Ranges and lengths are Bean Validation rules: on
 * the parameters where only the endpoint reads them (lat, lon), otherwise on the query records, which the
 * search services check before they use a value.
 *
 * <p>Optional parameters say {@code required = false} although they are {@code @Nullable}: Spring would
 * otherwise look for the nullness annotation on every request that leaves one out, re-reading the method's
 * annotations each time, which cost the listing search (nine optional filters) about a millisecond.
 */
abstract class SearchApi {

    private final Gazetteer gazetteer;
    private final Organisations organisations;

    SearchApi(Gazetteer gazetteer, Organisations organisations) {
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    /** Where to search: the point, or else the place; lat and lon are in range by the rules on the parameters. */
    GeoPoint origin(@Nullable Double lat, @Nullable Double lon, @Nullable String place) {
        if (lat != null && lon != null) {
            return new GeoPoint(lat, lon);
        }
        if (lat != null || lon != null) {
            throw RefusedException.onField(lat == null ? "lat" : "lon", "search.api.lat-and-lon");
        }
        if (place == null || place.isBlank()) {
            throw RefusedException.onField("place", "search.api.where");
        }
        return gazetteer.find(place).map(found -> found.location())
                .orElseThrow(() -> RefusedException.onField("place", "search.api.unknown-place", Quoted.value(place)));
    }

    void requireKnownCategory(@Nullable String category) {
        if (category != null && organisations.categories().stream().map(DeviceCategory::code).noneMatch(category::equals)) {
            throw RefusedException.onField("category", "search.api.unknown-category", Quoted.value(category),
                    organisations.categories().stream().map(DeviceCategory::code).collect(Collectors.joining(", ")));
        }
    }
}
