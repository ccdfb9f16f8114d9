package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSort;
import eu.reloop.shared.RefusedException;
import eu.reloop.stamp.Grade;

class ListingSearchStateTests {

    private static final GeoPoint BERGEN = new GeoPoint(60.39, 5.32);
    private static final Set<String> CATEGORIES = Set.of("phones", "laptops");

    @ParameterizedTest(name = "min={0} stays in the URL as written")
    @CsvSource({"1e20", "1E+1000000", "abc", "-5", "1499,50", "20000000"})
    void aPriceStaysAsWrittenSoThatTheFieldShowsWhatTheUrlSays(String written) {
        ListingSearchState state = from(Map.of("place", "Bergen", "min", written));

        assertThat(state.minPrice()).isEqualTo(written);
        assertThat(state.toQueryParameters().getParameters()).containsEntry("min", List.of(written));
    }

    @ParameterizedTest(name = "max={0} is searched as {1}")
    @CsvSource({"'1499,50', 1499.50", "1499.5, 1499.5", "-5, -5", "20000000, 20000000"})
    void aPriceWithinTheSearchsDigitsIsSearchedForAndItsRangeLeftToTheSearchsRules(String written, String searched) {
        assertThat(from(Map.of("max", written)).query(BERGEN))
                .hasValueSatisfying(query -> assertThat(query.maxPrice()).isEqualByComparingTo(searched));
    }

    @ParameterizedTest(name = "min={0} is refused on its field, with or without a place")
    @CsvSource({"1e20", "1E+1000000", "1.005", "abc", "123456789"})
    void aPriceThatIsNotOneIsRefusedOnItsFieldRatherThanSearchedWithout(String written) {
        ListingSearchState state = from(Map.of("min", written, "max", "x"));

        for (GeoPoint origin : new GeoPoint[] {BERGEN, null}) {
            assertThatThrownBy(() -> state.query(origin)).isInstanceOfSatisfying(RefusedException.class,
                    refused -> assertThat(refused.reasons()).extracting(RefusedException.Reason::field)
                            .containsExactly("minPrice", "maxPrice"));
        }
    }

    @Test
    void withoutAPlaceThereIsNothingToSearch() {
        assertThat(from(Map.of("min", "100")).query(null)).isEmpty();
    }

    @Test
    void pricesOutOfOrderAreLeftForTheSearchsRulesToRefuse() {
        ListingSearchState state = from(Map.of("min", "5000", "max", "100"));

        assertThat(state.query(BERGEN)).hasValueSatisfying(query -> {
            assertThat(query.minPrice()).isEqualByComparingTo("5000");
            assertThat(query.maxPrice()).isEqualByComparingTo("100");
        });
    }

    @Test
    void choicesTheSearchDoesNotOfferAreLeftOutAndRemembered() {
        UrlParameters parameters = new UrlParameters(new QueryParameters(Map.of("category", List.of("time-machines"),
                "grade", List.of("PREMIUM", "SHINY"), "battery", List.of("85"), "sort", List.of("CHEAPEST"),
                "page", List.of("x"))));

        ListingSearchState state = ListingSearchState.from(parameters, CATEGORIES);

        assertThat(state.category()).isNull();
        assertThat(state.grades()).containsExactly(Grade.PREMIUM);
        assertThat(state.minBatteryHealth()).isNull();
        assertThat(state.sort()).isEqualTo(ListingSort.DISTANCE);
        assertThat(state.page()).isZero();
        assertThat(parameters.unusable()).containsExactlyInAnyOrderEntriesOf(Map.of("category", "time-machines",
                "grade", "SHINY", "battery", "85", "sort", "CHEAPEST", "page", "x"));
    }

    @Test
    void choicesTheSearchOffersAreReadAndNothingIsUnusable() {
        UrlParameters parameters = new UrlParameters(new QueryParameters(Map.of("category", List.of("phones"),
                "grade", List.of("GOOD"), "battery", List.of("80"), "sort", List.of("PRICE"))));

        ListingSearchState state = ListingSearchState.from(parameters, CATEGORIES);

        assertThat(state.category()).isEqualTo("phones");
        assertThat(state.grades()).containsExactly(Grade.GOOD);
        assertThat(state.minBatteryHealth()).isEqualTo(80);
        assertThat(state.sort()).isEqualTo(ListingSort.PRICE);
        assertThat(parameters.unusable()).isEmpty();
    }

    @Test
    void theFiltersAsTypedGoIntoTheUrlStrippedAndBlankOnesLeftOut() {
        ListingSearchState state = ListingSearchState.initial().withFilters(25, null, null, Set.of(), " 100 ",
                " ", null, "  iphone ", ListingQuery.near(BERGEN, 25).sort());

        assertThat(state.toQueryParameters().getParameters()).containsEntry("min", List.of("100"))
                .containsEntry("q", List.of("iphone")).doesNotContainKey("max");
    }

    private static ListingSearchState from(Map<String, String> query) {
        return ListingSearchState.from(new UrlParameters(QueryParameters.simple(query)), CATEGORIES);
    }
}
