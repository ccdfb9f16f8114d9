package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.router.QueryParameters;

class SearchAreaTests {

    @ParameterizedTest(name = "radius={0} is searched and shown as {1} km")
    @CsvSource({"10, 10", "7, 10", "0.5, 2", "26, 50", "100, 100", "500, 100", "-4, 25", "0, 25", "x, 25", "NaN, 25"})
    void aRadiusTheViewsDoNotOfferBecomesTheNextOneUp(String given, int searched) {
        SearchArea area = SearchArea.from(new UrlParameters(QueryParameters.simple(Map.of("radius", given))), 25);

        assertThat(area.radiusKm()).isEqualTo(searched);
        assertThat(area.offeredRadius()).isEqualTo(searched).isIn(SearchArea.RADII_KM);
    }

    @Test
    void noRadiusIsTheDefault() {
        assertThat(SearchArea.from(new UrlParameters(QueryParameters.empty()), 10).radiusKm()).isEqualTo(10);
    }
}
