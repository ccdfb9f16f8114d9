package eu.reloop.search.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.directory.OfferedService;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.OrganisationQuery;

/**
 * Everything a search is made of, as it stands in the URL, so that a search can be bookmarked and
 * shared. Parsing never fails: a value that makes no sense falls back to its default.
 */
record SearchState(
        @Nullable String place,
        @Nullable GeoPoint point,
        double radiusKm,
        @Nullable String category,
        @Nullable OfferedService service,
        boolean certifiedOnly,
        boolean openNow,
        int page) {

    static final List<Integer> RADII_KM = List.of(2, 5, 10, 25, 50, 100);

    static SearchState initial() {
        return new SearchState(null, null, OrganisationQuery.DEFAULT_RADIUS_KM, null, null, true, false, 0);
    }

    static SearchState from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        SearchState defaults = initial();
        GeoPoint point = null;
        try {
            Optional<Double> lat = number(values, "lat");
            Optional<Double> lon = number(values, "lon");
            if (lat.isPresent() && lon.isPresent()) {
                point = new GeoPoint(lat.get(), lon.get());
            }
        } catch (IllegalArgumentException outOfRange) {
            point = null;
        }
        double radius = number(values, "radius").filter(r -> r >= 0.1 && r <= 500).orElse(defaults.radiusKm());
        OfferedService service = first(values, "service").flatMap(name -> {
            try {
                return Optional.of(OfferedService.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).orElse(null);
        int page = number(values, "page").filter(p -> p >= 0 && p <= 1000).map(Double::intValue).orElse(0);
        return new SearchState(first(values, "place").orElse(null), point, radius,
                first(values, "category").filter(code -> code.matches("[a-z0-9-]{1,60}")).orElse(null), service,
                first(values, "certified").map(Boolean::parseBoolean).orElse(defaults.certifiedOnly()),
                first(values, "open").map(Boolean::parseBoolean).orElse(false), page);
    }

    QueryParameters toQueryParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (place != null) {
            values.put("place", place);
        }
        if (point != null) {
            values.put("lat", String.format(java.util.Locale.ROOT, "%.5f", point.latitude()));
            values.put("lon", String.format(java.util.Locale.ROOT, "%.5f", point.longitude()));
        }
        values.put("radius", radiusKm == Math.rint(radiusKm) ? String.valueOf((long) radiusKm) : String.valueOf(radiusKm));
        if (category != null) {
            values.put("category", category);
        }
        if (service != null) {
            values.put("service", service.name());
        }
        values.put("certified", String.valueOf(certifiedOnly));
        if (openNow) {
            values.put("open", "true");
        }
        if (page > 0) {
            values.put("page", String.valueOf(page));
        }
        return QueryParameters.simple(values);
    }

    SearchState at(@Nullable String place, @Nullable GeoPoint point) {
        return new SearchState(place, point, radiusKm, category, service, certifiedOnly, openNow, 0);
    }

    SearchState withFilters(double radiusKm, @Nullable String category, @Nullable OfferedService service,
            boolean certifiedOnly, boolean openNow) {
        return new SearchState(place, point, radiusKm, category, service, certifiedOnly, openNow, 0);
    }

    SearchState onPage(int page) {
        return new SearchState(place, point, radiusKm, category, service, certifiedOnly, openNow, page);
    }

    /** The next radius up, to offer when nothing was found; none beyond the largest. */
    Optional<Integer> widerRadius() {
        return RADII_KM.stream().filter(r -> r > radiusKm).findFirst();
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).flatMap(list -> list.stream().findFirst())
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Double> number(Map<String, List<String>> values, String name) {
        return first(values, name).flatMap(text -> {
            try {
                double value = Double.parseDouble(text);
                return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }
}
