package eu.reloop.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;
import eu.reloop.geo.Place;

/**
 * Where a search looks, as it stands in the URL: a place by name, or a point (a position or a click on
 * the map), and a radius in km.
 */
record SearchArea(@Nullable String place, @Nullable GeoPoint point, double radiusKm) {

    static final List<Integer> RADII_KM = List.of(2, 5, 10, 25, 50, 100);

    /**
     * Reads {@code place}, {@code lat}/{@code lon} and {@code radius}. A radius the views do not offer becomes
     * the next one up (the largest, beyond it), so that the radius shown is the one searched; one that is
     * not a positive number is the default.
     */
    static SearchArea from(UrlParameters parameters, double defaultRadiusKm) {
        return new SearchArea(parameters.first("place").orElse(null), parameters.point().orElse(null),
                parameters.number("radius", r -> r > 0)
                        .map(r -> (double) RADII_KM.stream().filter(offered -> offered >= r).findFirst().orElse(RADII_KM.getLast()))
                        .orElse(defaultRadiusKm));
    }

    /** The URL parameters of the area, in their order, for a search state to add its own to. */
    Map<String, List<String>> parameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (place != null) {
            values.put("place", List.of(place));
        }
        if (point != null) {
            values.put("lat", List.of(String.format(Locale.ROOT, "%.5f", point.latitude())));
            values.put("lon", List.of(String.format(Locale.ROOT, "%.5f", point.longitude())));
        }
        values.put("radius", List.of(radiusKm == Math.rint(radiusKm) ? String.valueOf((long) radiusKm)
                : String.valueOf(radiusKm)));
        return values;
    }

    SearchArea at(@Nullable String place, @Nullable GeoPoint point) {
        return new SearchArea(place, point, radiusKm);
    }

    SearchArea within(double radiusKm) {
        return new SearchArea(place, point, radiusKm);
    }

    /** The radius as the radius choice shows it: always one of {@link #RADII_KM}. */
    int offeredRadius() {
        return (int) radiusKm;
    }

    /** The next radius up, to offer when nothing was found; none beyond the largest. */
    Optional<Integer> widerRadius() {
        return RADII_KM.stream().filter(r -> r > radiusKm).findFirst();
    }

    /** The point searched from; none before anything was chosen, or for a place the gazetteer does not know. */
    @Nullable GeoPoint origin(Gazetteer gazetteer) {
        if (point != null) {
            return point;
        }
        return place == null ? null : gazetteer.find(place).map(Place::location).orElse(null);
    }

    /** How a place stands in the URL: its name and country, which the gazetteer finds again. */
    static String key(Place place) {
        return place.name() + ", " + place.country();
    }
}
