package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.reloop.TestSecurity;
import eu.reloop.TestServices;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;

/**
 * Elasticsearch goes away (the line to it is cut) while people keep editing the directory: every edit
 * is saved, readiness reports the outage, and once search is back every edit becomes searchable.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reloop.events.retry-interval=1s")
class SearchOutageTests {

    private static final CuttableProxy PROXY = new CuttableProxy(TestServices.elasticsearch().url());

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry properties) {
        TestServices.databaseProperties().forEach(property -> {
            String[] nameAndValue = property.split("=", 2);
            properties.add(nameAndValue[0], () -> nameAndValue[1]);
        });
        properties.add("reloop.elasticsearch.url", () -> PROXY.url().toString());
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    @LocalServerPort
    int port;

    @Test
    void editsMadeWhileSearchIsDownAreAllSearchableAfterItReturns() throws Exception {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        OrganisationQuery query = new OrganisationQuery(origin, 10, null, null, false, false, 0, 20);
        UUID before = register("Indexed before the outage", north(origin, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(query).total() == 1);

        PROXY.cut();
        UUID during1 = register("Registered during the outage", north(origin, 2));
        UUID during2 = register("Also registered during the outage", north(origin, 3));
        TestSecurity.asAdmin(() -> organisations.update(before, details("Renamed during the outage")));

        assertThat(organisations.profile(during1)).isPresent();
        assertThat(organisations.profile(before).orElseThrow().organisation().details().legalName())
                .isEqualTo("Renamed during the outage");
        assertThatThrownBy(() -> search.search(query)).isInstanceOf(SearchUnavailableException.class);
        assertThat(readinessStatus()).isEqualTo(503);

        PROXY.restore();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var hits = search.search(query).hits();
            assertThat(hits).extracting(OrganisationHit::organisationId).containsExactly(before, during1, during2);
            assertThat(hits.getFirst().name()).isEqualTo("Renamed during the outage");
        });
        assertThat(readinessStatus()).isEqualTo(200);
    }

    private UUID register(String name, GeoPoint location) {
        return TestSecurity.asAdmin(() -> {
            UUID id = organisations.register(OrganisationKind.REPAIRER, details(name));
            organisations.addSite(id, site(name, location, Set.of()));
            return id;
        });
    }

    private int readinessStatus() throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
