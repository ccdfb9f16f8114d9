package eu.reloop.search;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.RefusedException;

/**
 * What the public search endpoints share: where to search (a point or a place) and the category check.
 * A parameter that cannot be used is refused naming it, with a message that says what is allowed; the
 * shared API error handling answers it as a 400 problem. Ranges and lengths are the rules of the query
 * records, which the search services check before they use a value.
 *
 * <p>Optional parameters say {@code required = false} although they are {@code @Nullable}: Spring would
 * otherwise look for the nullness annotation on every request that leaves one out, re-reading the method's
 * annotations each time, which cost the listing search (nine optional filters) about a millisecond.
 */
abstract class SearchApi {

    /** How much of a refused value a message repeats: enough to recognise it, never a whole pasted text. */
    private static final int QUOTED_LENGTH = 40;

    private final Gazetteer gazetteer;
    private final Organisations organisations;

    SearchApi(Gazetteer gazetteer, Organisations organisations) {
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    GeoPoint origin(@Nullable Double lat, @Nullable Double lon, @Nullable String place) {
        if (lat != null && lon != null) {
            // Written so that NaN fails too.
            if (!(lat >= -90 && lat <= 90)) {
                throw RefusedException.onField("lat", "search.api.latitude");
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw RefusedException.onField("lon", "search.api.longitude");
            }
            return new GeoPoint(lat, lon);
        }
        if (lat != null || lon != null) {
            throw RefusedException.onField(lat == null ? "lat" : "lon", "search.api.lat-and-lon");
        }
        if (place == null || place.isBlank()) {
            throw RefusedException.onField("place", "search.api.where");
        }
        return gazetteer.find(place).map(found -> found.location())
                .orElseThrow(() -> RefusedException.onField("place", "search.api.unknown-place", quoted(place)));
    }

    void requireKnownCategory(@Nullable String category) {
        if (category != null && organisations.categories().stream().map(DeviceCategory::code).noneMatch(category::equals)) {
            throw RefusedException.onField("category", "search.api.unknown-category", quoted(category),
                    organisations.categories().stream().map(DeviceCategory::code).collect(Collectors.joining(", ")));
        }
    }

    /** A client's value as a message repeats it: shortened, and with control characters made visible. */
    static String quoted(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .limit(QUOTED_LENGTH + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.codePointCount(0, visible.length()) > QUOTED_LENGTH
                ? visible.substring(0, visible.offsetByCodePoints(0, QUOTED_LENGTH)) + "…" : visible;
    }
}
