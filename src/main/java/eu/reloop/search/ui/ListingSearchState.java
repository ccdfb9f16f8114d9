package eu.reloop.search.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSort;
import eu.reloop.stamp.Grade;

/**
 * Everything a search for refurbished products is made of, as it stands in the URL, so that it can be
 * bookmarked and shared. Parsing never fails: a value that makes no sense falls back to its default.
 */
record ListingSearchState(
        SearchArea area,
        @Nullable String category,
        @Nullable String brand,
        Set<Grade> grades,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable Integer minBatteryHealth,
        @Nullable String text,
        ListingSort sort,
        int page) implements LocationSearchState<ListingSearchState> {

    static ListingSearchState initial() {
        return new ListingSearchState(new SearchArea(null, null, ListingQuery.DEFAULT_RADIUS_KM), null, null, Set.of(),
                null, null, null, null, ListingSort.DISTANCE, 0);
    }

    static ListingSearchState from(QueryParameters query) {
        UrlParameters parameters = new UrlParameters(query);
        return new ListingSearchState(SearchArea.from(parameters, ListingQuery.DEFAULT_RADIUS_KM),
                parameters.first("category").filter(code -> code.matches("[a-z0-9-]{1,60}")).orElse(null),
                parameters.first("brand").filter(brand -> brand.length() <= 60).orElse(null),
                parameters.constants("grade", Grade.class),
                price(parameters, "min").orElse(null),
                price(parameters, "max").orElse(null),
                parameters.whole("battery", 0, 100).orElse(null),
                parameters.first("q").filter(text -> text.length() <= 200).orElse(null),
                parameters.constant("sort", ListingSort.class).orElse(ListingSort.DISTANCE),
                parameters.whole("page", 0, ListingQuery.LAST_PAGE).orElse(0));
    }

    @Override
    public QueryParameters toQueryParameters() {
        Map<String, List<String>> values = area.parameters();
        put(values, "category", category);
        put(values, "brand", brand);
        if (!grades.isEmpty()) {
            values.put("grade", grades.stream().sorted().map(Grade::name).toList());
        }
        put(values, "min", minPrice == null ? null : minPrice.toPlainString());
        put(values, "max", maxPrice == null ? null : maxPrice.toPlainString());
        put(values, "battery", minBatteryHealth == null ? null : minBatteryHealth.toString());
        put(values, "q", text);
        if (sort != ListingSort.DISTANCE) {
            values.put("sort", List.of(sort.name()));
        }
        if (page > 0) {
            values.put("page", List.of(String.valueOf(page)));
        }
        return new QueryParameters(values);
    }

    /** The search for the service, from the origin the area resolved to. */
    ListingQuery query(GeoPoint origin) {
        return new ListingQuery(origin, area.radiusKm(), category, brand, grades, minPrice, maxPrice, null,
                minBatteryHealth, text, sort, page, ListingQuery.DEFAULT_SIZE, true);
    }

    @Override
    public ListingSearchState at(@Nullable String place, @Nullable GeoPoint point) {
        return new ListingSearchState(area.at(place, point), category, brand, grades, minPrice, maxPrice,
                minBatteryHealth, text, sort, 0);
    }

    ListingSearchState withFilters(double radiusKm, @Nullable String category, @Nullable String brand, Set<Grade> grades,
            @Nullable BigDecimal minPrice, @Nullable BigDecimal maxPrice, @Nullable Integer minBatteryHealth,
            @Nullable String text, ListingSort sort) {
        return new ListingSearchState(area.within(radiusKm), category, brand, grades, minPrice, maxPrice,
                minBatteryHealth, text == null || text.isBlank() ? null : text.strip(), sort, 0);
    }

    ListingSearchState within(double radiusKm) {
        return withFilters(radiusKm, category, brand, grades, minPrice, maxPrice, minBatteryHealth, text, sort);
    }

    ListingSearchState onPage(int page) {
        return new ListingSearchState(area, category, brand, grades, minPrice, maxPrice, minBatteryHealth, text, sort,
                page);
    }

    private static Optional<BigDecimal> price(UrlParameters parameters, String name) {
        return parameters.number(name).filter(value -> value >= 0 && value <= 10_000_000)
                .map(value -> BigDecimal.valueOf(value).stripTrailingZeros());
    }

    private static void put(Map<String, List<String>> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }
}
