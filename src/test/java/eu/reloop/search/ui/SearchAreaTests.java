package eu.reloop.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;

class SearchAreaTests {

    @ParameterizedTest(name = "radius={0} is searched and shown as {1} km")
    @CsvSource({"10, 10", "7, 10", "0.5, 2", "26, 50", "100, 100", "500, 100"})
    void aRadiusTheViewsDoNotOfferBecomesTheNextOneUp(String given, int searched) {
        UrlParameters parameters = new UrlParameters(QueryParameters.simple(Map.of("radius", given)));
        SearchArea area = SearchArea.from(parameters, 25);

        assertThat(area.radiusKm()).isEqualTo(searched);
        assertThat(area.offeredRadius()).isEqualTo(searched).isIn(SearchArea.RADII_KM);
        assertThat(parameters.unusable()).isEmpty();
    }

    @ParameterizedTest(name = "radius={0} is the default, and remembered as unusable")
    @CsvSource({"-4", "0", "x", "NaN", "Infinity"})
    void aRadiusThatIsNotADistanceIsTheDefaultAndRememberedAsUnusable(String given) {
        UrlParameters parameters = new UrlParameters(QueryParameters.simple(Map.of("radius", given)));

        assertThat(SearchArea.from(parameters, 25).radiusKm()).isEqualTo(25);
        assertThat(parameters.unusable()).containsExactly(Map.entry("radius", given));
    }

    @Test
    void noRadiusIsTheDefault() {
        assertThat(SearchArea.from(new UrlParameters(QueryParameters.empty()), 10).radiusKm()).isEqualTo(10);
    }

    @Test
    void aPointOnEarthIsSearchedFrom() {
        UrlParameters parameters = new UrlParameters(QueryParameters.simple(Map.of("lat", "60.39", "lon", "5.32")));

        assertThat(SearchArea.from(parameters, 10).point()).isEqualTo(new GeoPoint(60.39, 5.32));
        assertThat(parameters.unusable()).isEmpty();
    }

    @ParameterizedTest(name = "lat={0} lon={1} is no point, and both are remembered as unusable")
    @CsvSource({"91, 10", "60, 181", "north, 10", "60, ''", "NaN, 10"})
    void aPositionThatIsNotOnEarthIsNoPointAndRememberedAsUnusable(String lat, String lon) {
        UrlParameters parameters = new UrlParameters(QueryParameters.simple(Map.of("lat", lat, "lon", lon)));

        assertThat(SearchArea.from(parameters, 10).point()).isNull();
        assertThat(parameters.unusable()).containsOnlyKeys("lat", "lon").containsEntry("lat", lat);
    }
}
