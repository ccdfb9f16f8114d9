package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.SiteDetails;
import eu.reloop.geo.GeoPoint;

@IntegrationTest
class OrganisationSearchApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    @Test
    void answersWithHitsAndTheirDistanceInKilometres() throws Exception {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        UUID id = register("Api AS", site("Api site", north(origin, 3), Set.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(
                new OrganisationQuery(origin, 5, null, null, false, false, 0, 20)).total() == 1);

        HttpResponse<String> response = get(String.format(Locale.ROOT,
                "/api/v1/search/organisations?lat=%f&lon=%f&radiusKm=5&certifiedOnly=false", origin.latitude(), origin.longitude()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body()).contains("\"organisationId\":\"" + id + "\"").contains("\"total\":1")
                .containsPattern("\"distanceKm\":(2\\.99|3\\.00)\\d*");
    }

    @Test
    void qFindsANameInAnotherFormAndTheNameOfAnOfferedCategory() throws Exception {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        UUID workshop = register("Sykkelverkstedet Økern", site("Verkstedet", north(origin, 1), Set.of()));
        UUID whiteGoods = register("Hvitevaredoktoren", site("Tøyen", north(origin, 2),
                Set.of(new Offering("washing-machines", OfferedService.REPAIR))));
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(
                new OrganisationQuery(origin, 5, null, null, false, false, 0, 20)).total() == 2);
        String near = String.format(Locale.ROOT, "/api/v1/search/organisations?lat=%f&lon=%f&radiusKm=5&certifiedOnly=false",
                origin.latitude(), origin.longitude());

        assertThat(get(near + "&q=sykkelverksteder+okern").body()).contains("\"total\":1").contains(workshop.toString());
        assertThat(get(near + "&q=tv%C3%A4ttmaskinerna").body()).contains("\"total\":1").contains(whiteGoods.toString());
    }

    @Test
    void aTooLongTextIsRefusedWithItsLimit() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/organisations?place=Bergen&q=" + "a".repeat(201));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("q: Use at most 200 characters.");
    }

    @Test
    void findsTheOriginFromAPlaceName() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/organisations?place=K%C3%B8benhavn&radiusKm=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"page\":0").contains("\"size\":20");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "radiusKm=abc&place=Bergen | radiusKm: cannot be 'abc'. Give a number.",
            "lat=95&lon=10 | lat: Give a latitude from -90 to 90.",
            "lat=NaN&lon=NaN | lat: Give a latitude from -90 to 90.",
            "lat=60&lon=-1E%2B1000000 | lon: Give a longitude from -180 to 180.",
            "lat=60 | lon: Give both lat and lon",
            "lon=10 | lat: Give both lat and lon",
            "'' | place: Say where to search",
            "place=Atlantis | place: Unknown place 'Atlantis'",
            "place=Bergen&category=time-machines | category: Unknown category 'time-machines'",
            "place=Bergen&service=TELEPORT | service: cannot be 'TELEPORT'",
            "place=Bergen&size=1000 | size: Enter 100 or less.",
            "place=Bergen&radiusKm=0 | radiusKm: Enter 0.1 or more.",
            "place=Bergen&radiusKm=Infinity | radiusKm: Enter 500 or less.",
            "place=Bergen&page=-1 | page: Enter 0 or more.",
            "place=Bergen&page=500&size=100 | page: Enter 99 or less.",
            "place=Bergen&maxRepairDays=0 | maxRepairDays: Enter 1 or more.",
            "place=Bergen&handOver=TELEPORT | handOver: cannot be 'TELEPORT'",
            "place=Bergen&q=x%00y | q: Remove the invisible control characters"})
    void badParametersGetA400ProblemNamingTheParameter(String query, String message) throws Exception {
        HttpResponse<String> response = get("/api/v1/search/organisations?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(message);
    }

    @Test
    void aRefusedValueIsRepeatedShortenedAndWithoutControlCharacters() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/organisations?place=Bergen&category=" + "x%01".repeat(1000));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("category: Unknown category 'x\uFFFDx\uFFFD").doesNotContain("\\u0001")
                .hasSizeLessThan(1000);
    }

    @Test
    void aPlaceMustBePrintableAndShortEvenWhereLatAndLonDecide() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/organisations?lat=60&lon=5&place=Ber%00gen");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("place: Remove the invisible control characters");
    }

    @Test
    void aParameterGivenTwiceIsRefusedRatherThanOneOfThemUsed() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/organisations?place=Bergen&page=0&page=3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("page: Give this parameter only once.");
    }

    @Test
    void theApiIsDocumentedWithOpenApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/search/organisations").contains("radiusKm").contains("certifiedOnly")
                .contains("Words to find in the organisation's or site's name");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private UUID register(String name, SiteDetails site) {
        return TestSecurity.asAdmin(() -> {
            UUID registered = organisations.register(OrganisationKind.REPAIRER, details(name));
            organisations.addSite(registered, site);
            return registered;
        });
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
