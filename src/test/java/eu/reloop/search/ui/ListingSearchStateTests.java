package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;
import eu.reloop.search.ListingQuery;

class ListingSearchStateTests {

    private static final GeoPoint BERGEN = new GeoPoint(60.39, 5.32);

    @ParameterizedTest(name = "min={0} stays in the URL as written")
    @CsvSource({"1e20", "1E+1000000", "abc", "-5", "1499,50", "20000000"})
    void aPriceStaysAsWrittenSoThatTheFieldShowsWhatTheUrlSays(String written) {
        ListingSearchState state = ListingSearchState.from(QueryParameters.simple(Map.of("place", "Bergen", "min", written)));

        assertThat(state.minPrice()).isEqualTo(written);
        assertThat(state.toQueryParameters().getParameters()).containsEntry("min", List.of(written));
    }

    @Test
    void onlyAPriceWithinTheSearchsDigitsIsSearchedFor() {
        assertThat(ListingSearchState.price("1499,50")).contains(new BigDecimal("1499.50"));
        assertThat(ListingSearchState.price("1499.5")).contains(new BigDecimal("1499.5"));
        assertThat(ListingSearchState.price("-5")).contains(new BigDecimal("-5"));
        assertThat(ListingSearchState.price("1e20")).isEmpty();
        assertThat(ListingSearchState.price("1E+1000000")).isEmpty();
        assertThat(ListingSearchState.price("1.005")).isEmpty();
        assertThat(ListingSearchState.price("abc")).isEmpty();
    }

    @Test
    void aPriceThatIsNotOneMakesNoSearchRatherThanOneWithoutIt() {
        ListingSearchState state = ListingSearchState.from(QueryParameters.simple(Map.of("place", "Bergen", "min", "1e20")));

        assertThat(state.query(BERGEN)).isEmpty();
    }

    @Test
    void pricesOutOfOrderAreLeftForTheSearchsRulesToRefuse() {
        ListingSearchState state = ListingSearchState.from(QueryParameters.simple(Map.of("min", "5000", "max", "100")));

        assertThat(state.query(BERGEN)).hasValueSatisfying(query -> {
            assertThat(query.minPrice()).isEqualByComparingTo("5000");
            assertThat(query.maxPrice()).isEqualByComparingTo("100");
        });
    }

    @Test
    void theFiltersAsTypedGoIntoTheUrlStrippedAndBlankOnesLeftOut() {
        ListingSearchState state = ListingSearchState.initial().withFilters(25, null, null, java.util.Set.of(), " 100 ",
                " ", null, "  iphone ", ListingQuery.near(BERGEN, 25).sort());

        assertThat(state.toQueryParameters().getParameters()).containsEntry("min", List.of("100"))
                .containsEntry("q", List.of("iphone")).doesNotContainKey("max");
    }
}
