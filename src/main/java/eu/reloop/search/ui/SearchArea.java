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

    /** Reads {@code place}, {@code lat}/{@code lon} and {@code radius}; a radius out of bounds is the default. */
    static SearchArea from(UrlParameters parameters, double defaultRadiusKm, double minRadiusKm, double maxRadiusKm) {
        return new SearchArea(parameters.first("place").orElse(null), parameters.point().orElse(null),
                parameters.number("radius").filter(r -> r >= minRadiusKm && r <= maxRadiusKm).orElse(defaultRadiusKm));
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

    /** The radius, if it is one of the choices offered, else the fallback. */
    int offeredRadius(double fallbackKm) {
        return (int) (RADII_KM.contains((int) radiusKm) ? radiusKm : fallbackKm);
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
