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
import eu.reloop.shared.Decimals;
import eu.reloop.stamp.Grade;

/**
 * Everything a search for refurbished products is made of, as it stands in the URL, so that it can be
 * bookmarked and shared. Parsing never fails. Prices, brand and text are kept as written, for the view to
 * show them in their fields as they are, marked where they break a rule; other values that make no sense
 * fall back to their defaults.
 */
record ListingSearchState(
        SearchArea area,
        @Nullable String category,
        @Nullable String brand,
        Set<Grade> grades,
        @Nullable String minPrice,
        @Nullable String maxPrice,
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
                parameters.first("brand").orElse(null),
                parameters.constants("grade", Grade.class),
                parameters.first("min").orElse(null),
                parameters.first("max").orElse(null),
                parameters.whole("battery", 0, 100).orElse(null),
                parameters.first("q").orElse(null),
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
        put(values, "min", minPrice);
        put(values, "max", maxPrice);
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

    /**
     * The search for the service, from the origin the area resolved to; none while a price is not one
     * ({@link #price}). The service's rules still decide whether the search may run.
     */
    Optional<ListingQuery> query(GeoPoint origin) {
        Optional<BigDecimal> min = price(minPrice);
        Optional<BigDecimal> max = price(maxPrice);
        if (minPrice != null && min.isEmpty() || maxPrice != null && max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListingQuery(origin, area.radiusKm(), category, brand, grades, min.orElse(null),
                max.orElse(null), null, minBatteryHealth, text, sort, page, ListingQuery.DEFAULT_SIZE, true));
    }

    /**
     * A price as a person writes it, with a decimal point or comma, read as a number only within the digits
     * a search's price may have: the one reading of the URL and of the price fields, which show the same text.
     */
    static Optional<BigDecimal> price(@Nullable String text) {
        return text == null ? Optional.empty()
                : Decimals.parse(text.replace(',', '.'), ListingQuery.PRICE_DIGITS, ListingQuery.PRICE_SCALE);
    }

    @Override
    public ListingSearchState at(@Nullable String place, @Nullable GeoPoint point) {
        return new ListingSearchState(area.at(place, point), category, brand, grades, minPrice, maxPrice,
                minBatteryHealth, text, sort, 0);
    }

    ListingSearchState withFilters(double radiusKm, @Nullable String category, @Nullable String brand, Set<Grade> grades,
            @Nullable String minPrice, @Nullable String maxPrice, @Nullable Integer minBatteryHealth,
            @Nullable String text, ListingSort sort) {
        return new ListingSearchState(area.within(radiusKm), category, brand, grades, typed(minPrice), typed(maxPrice),
                minBatteryHealth, typed(text), sort, 0);
    }

    ListingSearchState within(double radiusKm) {
        return withFilters(radiusKm, category, brand, grades, minPrice, maxPrice, minBatteryHealth, text, sort);
    }

    ListingSearchState onPage(int page) {
        return new ListingSearchState(area, category, brand, grades, minPrice, maxPrice, minBatteryHealth, text, sort,
                page);
    }

    private static @Nullable String typed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void put(Map<String, List<String>> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }
}
