package eu.reloop.search;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.geo.GeoPoint;
import eu.reloop.stamp.Grade;

/**
 * A search for listings near a point, within a radius (km). Every filter is optional: one device category,
 * one brand, any of some grades, a price range (in {@code currency}, major units, both ends inclusive), a
 * lowest battery health (%), and text, which forgives typos. Prices compare within one currency: with no
 * currency given, the currency of the country the origin lies in. Page 0 is the first; pages stop where
 * Elasticsearch's result window of 10,000 does. Facet counts are computed only when asked for: they
 * cost as much as the search itself, and only a page with filters to offer needs them.
 */
public record ListingQuery(
        @NotNull GeoPoint origin,
        @DecimalMin(value = "1", message = "search.error.radius") @DecimalMax(value = "200", message = "search.error.radius") double radiusKm,
        @Nullable String category,
        @Nullable String brand,
        Set<Grade> grades,
        @Nullable @DecimalMin(value = "0", message = "search.error.price") BigDecimal minPrice,
        @Nullable @DecimalMin(value = "0", message = "search.error.price") BigDecimal maxPrice,
        @Nullable String currency,
        @Nullable @Min(value = 0, message = "search.error.battery") @Max(value = 100, message = "search.error.battery") Integer minBatteryHealth,
        @Nullable @Size(max = 200, message = "search.error.text") String text,
        ListingSort sort,
        @Min(value = 0, message = "search.error.page") @Max(value = LAST_PAGE, message = "search.error.page") int page,
        @Min(value = 1, message = "search.error.size") @Max(value = 50, message = "search.error.size") int size,
        boolean facets) {

    public static final double DEFAULT_RADIUS_KM = 25;
    public static final int DEFAULT_SIZE = 20;
    /** The deepest page: Elasticsearch's result window of 10,000 holds no more pages of the largest size. */
    public static final int LAST_PAGE = 199;

    public ListingQuery {
        grades = Set.copyOf(grades);
        text = text == null || text.isBlank() ? null : text.strip();
        category = category == null || category.isBlank() ? null : category;
        brand = brand == null || brand.isBlank() ? null : brand;
    }

    /** Near the origin, nothing else asked: nearest first, the first page. */
    public static ListingQuery near(GeoPoint origin, double radiusKm) {
        return new ListingQuery(origin, radiusKm, null, null, Set.of(), null, null, null, null, null,
                ListingSort.DISTANCE, 0, DEFAULT_SIZE, true);
    }

    boolean hasPriceRange() {
        return minPrice != null || maxPrice != null;
    }
}
