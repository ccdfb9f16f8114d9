package eu.reloop.search.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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
import eu.reloop.shared.RefusedException;
import eu.reloop.stamp.Grade;

/**
 * Everything a search for refurbished products is made of, as it stands in the URL, so that it can be
 * bookmarked and shared. Parsing never fails. Prices, brand and text are kept as written, for the view to
 * show them in their fields as they are, marked where they break a rule; other values that make no sense
 * fall back to their defaults (and the parameters remember them for the view to point out).
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

    /** The lowest battery healths a search offers, in %. */
    static final List<Integer> BATTERY_STEPS = List.of(70, 80, 90);

    static ListingSearchState initial() {
        return new ListingSearchState(new SearchArea(null, null, ListingQuery.DEFAULT_RADIUS_KM), null, null, Set.of(),
                null, null, null, null, ListingSort.DISTANCE, 0);
    }

    /** The search the URL asks for, its device category one of those given. */
    static ListingSearchState from(UrlParameters parameters, Collection<String> categories) {
        return new ListingSearchState(SearchArea.from(parameters, ListingQuery.DEFAULT_RADIUS_KM),
                parameters.known("category", categories).orElse(null),
                parameters.first("brand").orElse(null),
                parameters.constants("grade", Grade.class),
                parameters.first("min").orElse(null),
                parameters.first("max").orElse(null),
                parameters.oneOf("battery", BATTERY_STEPS).orElse(null),
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
     * The search for the service from the origin the area resolved to; none before there is one. A price that
     * is not one (not a number, or more digits than a price has) is refused naming it, also before there is an
     * origin, as the service's rules refuse one out of range: the field shows the text as written, and a search
     * without it would find what the field says was not asked for. The prices are read here only, so that URL
     * and field always agree.
     */
    Optional<ListingQuery> query(@Nullable GeoPoint origin) {
        List<RefusedException.Reason> unreadable = new ArrayList<>();
        BigDecimal min = price("minPrice", minPrice, unreadable);
        BigDecimal max = price("maxPrice", maxPrice, unreadable);
        if (!unreadable.isEmpty()) {
            throw new RefusedException(unreadable);
        }
        return origin == null ? Optional.empty() : Optional.of(new ListingQuery(origin, area.radiusKm(), category, brand,
                grades, min, max, null, minBatteryHealth, text, sort, page, ListingQuery.DEFAULT_SIZE, true));
    }

    /** A price as a person writes it, with a decimal point or comma, within the digits a search's price may have. */
    private static @Nullable BigDecimal price(String field, @Nullable String text, List<RefusedException.Reason> unreadable) {
        if (text == null) {
            return null;
        }
        Optional<BigDecimal> price = Decimals.parse(text.replace(',', '.'), ListingQuery.PRICE_DIGITS,
                ListingQuery.PRICE_SCALE);
        if (price.isEmpty()) {
            unreadable.add(new RefusedException.Reason(field, "buy.error.price",
                    List.of(new BigDecimal(ListingQuery.MAX_PRICE))));
        }
        return price.orElse(null);
    }

    @Override
    public ListingSearchState at(@Nullable String place, @Nullable GeoPoint point) {
        return new ListingSearchState(area.at(place, point), category, brand, grades, minPrice, maxPrice,
                minBatteryHealth, text, sort, 0);
    }

    ListingSearchState withFilters(double radiusKm, @Nullable String category, @Nullable String brand, Set<Grade> grades,
            @Nullable String minPrice, @Nullable String maxPrice, @Nullable Integer minBatteryHealth,
            @Nullable String text, ListingSort sort) {
        return new ListingSearchState(area.within(radiusKm), category, brand, grades, LocationSearchState.typed(minPrice),
                LocationSearchState.typed(maxPrice), minBatteryHealth, LocationSearchState.typed(text), sort, 0);
    }

    ListingSearchState within(double radiusKm) {
        return withFilters(radiusKm, category, brand, grades, minPrice, maxPrice, minBatteryHealth, text, sort);
    }

    ListingSearchState onPage(int page) {
        return new ListingSearchState(area, category, brand, grades, minPrice, maxPrice, minBatteryHealth, text, sort,
                page);
    }

    private static void put(Map<String, List<String>> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }
}
