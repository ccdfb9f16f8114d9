package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.north;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;

@IntegrationTest
class ListingSearchApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MarketTestSetup setup;

    @Autowired
    ListingSearch search;

    @Test
    void answersWithHitsFacetsAndTheCurrencyPricesWereComparedIn() throws Exception {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        Listing listing = setup.listedPhone(setup.certifiedCentre("Api Centre " + UUID.randomUUID(), north(origin, 3)),
                "Fairphone 5 via the API", "1499", "NOK");
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(ListingQuery.near(origin, 5)).page().total() == 1);

        HttpResponse<String> response = get(String.format(Locale.ROOT,
                "/api/v1/search/listings?lat=%f&lon=%f&radiusKm=5&currency=NOK&minPrice=1000&maxPrice=2000"
                        + "&grade=EXCELLENT&grade=GOOD&q=fairphnoe&sort=PRICE", origin.latitude(), origin.longitude()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"listingId\":\"" + listing.id() + "\"").contains("\"total\":1")
                .contains("\"totalExact\":true").contains("\"currency\":\"NOK\"").contains("\"amount\":1499.00")
                .contains("\"brands\":[{\"value\":\"Fairphone\",\"count\":1}]")
                .containsPattern("\"distanceKm\":(2\\.99|3\\.00)\\d*");

        // Without facets the same filters still apply, and nothing is counted.
        HttpResponse<String> plain = get(String.format(Locale.ROOT,
                "/api/v1/search/listings?lat=%f&lon=%f&radiusKm=5&brand=Fairphone&facets=false", origin.latitude(),
                origin.longitude()));
        HttpResponse<String> otherBrand = get(String.format(Locale.ROOT,
                "/api/v1/search/listings?lat=%f&lon=%f&radiusKm=5&brand=Apple&facets=false", origin.latitude(),
                origin.longitude()));
        assertThat(plain.body()).contains("\"listingId\":\"" + listing.id() + "\"").contains("\"brands\":[]");
        assertThat(otherBrand.body()).contains("\"total\":0").contains("\"totalExact\":true");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | Say where to search",
            "place=Atlantis | Unknown place 'Atlantis'",
            "lat=60 | Give both lat and lon",
            "place=Bergen&radiusKm=0.5 | Out of range: radiusKm",
            "place=Bergen&radiusKm=201 | Out of range: radiusKm",
            "place=Bergen&radiusKm=far | Parameter 'radiusKm' cannot be 'far'",
            "place=Bergen&category=time-machines | Unknown category 'time-machines'",
            "place=Bergen&grade=SHINY | Parameter 'grade' cannot be 'SHINY'. Known: [PREMIUM, EXCELLENT, GOOD, FAIR]",
            "place=Bergen&sort=CHEAPEST | Parameter 'sort' cannot be 'CHEAPEST'",
            "place=Bergen&currency=USD | Unknown currency 'USD'",
            "place=Bergen&minPrice=-1 | Out of range: minPrice",
            "place=Bergen&minPrice=ten | Parameter 'minPrice' cannot be 'ten'",
            "place=Bergen&minPrice=500&maxPrice=100 | minPrice is above maxPrice",
            "place=Bergen&minBatteryHealth=101 | Out of range: minBatteryHealth",
            "place=Bergen&size=51 | Out of range: size",
            "place=Bergen&page=200 | Out of range: page"})
    void badParametersGetA400WithAMessage(String query, String message) throws Exception {
        HttpResponse<String> response = get("/api/v1/search/listings?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(message);
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/search/listings").contains("minBatteryHealth");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
