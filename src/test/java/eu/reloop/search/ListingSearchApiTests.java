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
                .contains("\"stampCode\":\"" + listing.stampCode() + "\"")
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
            "'' | place: Say where to search",
            "place=Atlantis | place: Unknown place 'Atlantis'",
            "lat=60 | lon: Give both lat and lon",
            "lat=NaN&lon=10 | lat: Give a latitude from -90 to 90.",
            "lat=60&lon=Infinity | lon: Give a longitude from -180 to 180.",
            "place=Bergen&radiusKm=0.5 | radiusKm: Enter 1 or more.",
            "place=Bergen&radiusKm=201 | radiusKm: Enter 200 or less.",
            "place=Bergen&radiusKm=NaN | radiusKm: Enter",
            "place=Bergen&radiusKm=far | radiusKm: cannot be 'far'. Give a number.",
            "place=Bergen&category=time-machines | category: Unknown category 'time-machines'",
            "place=Bergen&grade=SHINY | grade: cannot be 'SHINY'. Known: [PREMIUM, EXCELLENT, GOOD, FAIR]",
            "place=Bergen&grade=%20 | grade: Give one of the grades, or leave grade out.",
            "place=Bergen&grade=PREMIUM&grade= | grade: Give one of the grades",
            "place=Bergen&sort=CHEAPEST | sort: cannot be 'CHEAPEST'",
            "place=Bergen&currency=USD | currency: Unknown currency 'USD'. Known: DKK, EUR, NOK, SEK",
            "place=Bergen&minPrice=-1 | minPrice: Enter 0 or more.",
            "place=Bergen&minPrice=ten | minPrice: cannot be 'ten'. Give a number.",
            "place=Bergen&minPrice=1E%2B17 | minPrice: Enter 10000000 or less.",
            "place=Bergen&maxPrice=1E%2B1000000 | maxPrice: Enter 10000000 or less.",
            "place=Bergen&minPrice=1.005 | minPrice: Enter a number with at most 8 digits before the decimal point and 2 after it.",
            "place=Bergen&minPrice=500&maxPrice=100 | maxPrice: Make the highest price at least the lowest price.",
            "place=Bergen&minBatteryHealth=101 | minBatteryHealth: Enter 100 or less.",
            "place=Bergen&q=x%00y | q: Remove the invisible control characters",
            "place=Bergen&brand=x%00y | brand: Remove the invisible control characters",
            "place=Bergen&size=51 | size: Enter 50 or less.",
            "place=Bergen&page=200 | page: Enter 199 or less."})
    void badParametersGetA400ProblemNamingTheParameter(String query, String message) throws Exception {
        HttpResponse<String> response = get("/api/v1/search/listings?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(message);
    }

    @Test
    void aTooLongTextIsRefusedWithItsLimit() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/listings?place=Bergen&q=" + "a".repeat(201));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("q: Use at most 200 characters.");
    }

    @Test
    void refusalsAreInTheClientsLanguage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/search/listings?place=Atlantis&minPrice=5&maxPrice=1"))
                .header("Accept-Language", "nb-NO,nb;q=0.9").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Ukjent sted «Atlantis»");
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
