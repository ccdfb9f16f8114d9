package eu.reloop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import eu.reloop.geo.GeoPoint;

/** The rules a listing search keeps, checked before any value is used: cheaply, whatever the value. */
class ListingQueryRulesTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final GeoPoint BERGEN = new GeoPoint(60.39, 5.32);

    @Test
    void pricesOutOfOrderAreRefusedOnTheHighestPrice() {
        assertThat(fields(priced("5000", "100"))).containsExactly("maxPrice");
        assertThat(fields(priced("100", "100"))).isEmpty();
        assertThat(fields(priced("100", null))).isEmpty();
    }

    @Test
    void hugePricesAreRefusedAtOnceWithoutTheirDigitsEverBeingWrittenOut() {
        long started = System.nanoTime();

        assertThat(fields(priced("1E+1000000", null))).containsOnly("minPrice");
        assertThat(fields(priced(null, "1E+17"))).containsOnly("maxPrice");
        assertThat(fields(priced("-1E+1000000", "1E+1000000"))).containsOnly("minPrice", "maxPrice");
        assertThat(fields(priced("1E-1000000", null))).containsOnly("minPrice");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void textAndBrandMustBePrintableAndShortEnough() {
        ListingQuery query = new ListingQuery(BERGEN, 25, null, "Ap\u0000ple", Set.of(), null, null, null, null,
                "x".repeat(201), ListingSort.DISTANCE, 0, 20, true);

        assertThat(fields(query)).containsOnly("brand", "text");
    }

    private static ListingQuery priced(String min, String max) {
        return new ListingQuery(BERGEN, 25, null, null, Set.of(), min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), null, null, null, ListingSort.DISTANCE, 0, 20, true);
    }

    private static Set<String> fields(ListingQuery query) {
        return VALIDATOR.validate(query).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }
}
