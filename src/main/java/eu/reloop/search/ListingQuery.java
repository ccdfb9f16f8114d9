package eu.reloop.search;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;
import eu.reloop.stamp.Grade;

/**
 * A search for listings near a point, within a radius (km). Every filter is optional: one device category,
 * one brand, any of some grades, a price range (in {@code currency}, major units, both ends inclusive), a
 * lowest battery health (%), and text, which forgives typos. Prices compare within one currency: with no
 * currency given, the currency of the country the origin lies in. Page 0 is the first; pages stop where
 * Elasticsearch's result window of 10,000 does. Facet counts are computed only when asked for: they
 * cost as much as the search itself, and only a page with filters to offer needs them.
 *
 * <p>Prices are bounded in digits as well as in value, so that no price reaches arithmetic that a value
 * such as {@code 1E+1000000} would make expensive, or a conversion to minor units that it would overflow.
 */
@ListingQuery.PricesInOrder
public record ListingQuery(
        @NotNull GeoPoint origin,
        @DecimalMin("1") @DecimalMax("200") double radiusKm,
        @Nullable String category,
        @Nullable @Size(max = TextLimits.LABEL) @PrintableText String brand,
        Set<Grade> grades,
        @Nullable @DecimalMin("0") @DecimalMax(MAX_PRICE) @Digits(integer = PRICE_DIGITS, fraction = PRICE_SCALE)
        BigDecimal minPrice,
        @Nullable @DecimalMin("0") @DecimalMax(MAX_PRICE) @Digits(integer = PRICE_DIGITS, fraction = PRICE_SCALE)
        BigDecimal maxPrice,
        @Nullable String currency,
        @Nullable @Min(0) @Max(100) Integer minBatteryHealth,
        @Nullable @Size(max = TextLimits.NAME) @PrintableText String text,
        ListingSort sort,
        @Min(0) @Max(LAST_PAGE) int page,
        @Min(1) @Max(50) int size,
        boolean facets) {

    public static final double DEFAULT_RADIUS_KM = 25;
    public static final int DEFAULT_SIZE = 20;
    /** The deepest page: Elasticsearch's result window of 10,000 holds no more pages of the largest size. */
    public static final int LAST_PAGE = 199;
    /** The highest price a search may name, in major units: far above any refurbished product's. */
    public static final String MAX_PRICE = "10000000";
    public static final int PRICE_DIGITS = 8;
    /** Øre and cents: the minor units of every currency listings are priced in. */
    public static final int PRICE_SCALE = 2;

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

    /**
     * The lowest price is not above the highest: such a range finds nothing, which a person would take for
     * "nothing for sale" rather than for a mistake. Reported on {@code maxPrice}.
     */
    @Documented
    @Constraint(validatedBy = PricesInOrder.Validator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface PricesInOrder {

        String message() default "{eu.reloop.search.ListingQuery.PricesInOrder.message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<PricesInOrder, ListingQuery> {

            @Override
            public boolean isValid(ListingQuery query, ConstraintValidatorContext context) {
                // compareTo reads the exponents first: cheap even for prices the other rules refuse.
                if (query.minPrice() == null || query.maxPrice() == null || query.minPrice().compareTo(query.maxPrice()) <= 0) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("maxPrice").addConstraintViolation();
                return false;
            }
        }
    }
}
