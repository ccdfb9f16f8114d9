package eu.reloop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.RepairTerms;
import eu.reloop.geo.GeoPoint;
import eu.reloop.repair.RepairTestSetup;
import eu.reloop.repair.RepairTestSetup.Repairer;

/** The organisation search's filters of Article 7 of Directive (EU) 2024/1799, in the service and the API. */
@IntegrationTest
class RepairFiltersSearchTests {

    @LocalServerPort
    int port;

    @Autowired
    RepairTestSetup repairs;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    private final GeoPoint origin = DirectoryFixtures.remoteOrigin();

    @Test
    void findsRepairersByFormOnlineRepairTimeLoanDeviceHandOverAndExtraServices() throws Exception {
        Repairer quick = repairs.certifiedRepairer("Quick " + UUID.randomUUID(), DirectoryFixtures.north(origin, 1));
        Repairer slow = repairs.certifiedRepairer("Slow " + UUID.randomUUID(), DirectoryFixtures.north(origin, 2));
        UUID uncertified = TestSecurity.asAdmin(() -> {
            UUID id = organisations.register(OrganisationKind.REPAIRER, DirectoryFixtures.details("Uncertified " + UUID.randomUUID()));
            organisations.addSite(id, DirectoryFixtures.site("Uncertified site", DirectoryFixtures.north(origin, 3), Set.of()));
            organisations.setRepairTerms(id, new RepairTerms(2, true, Set.of(HandOver.BRING), Set.of()));
            return id;
        });
        quick.run(() -> organisations.setRepairTerms(quick.organisationId(), new RepairTerms(3, true,
                Set.of(HandOver.BRING, HandOver.PICKUP), Set.of(ExtraService.TRANSPORT, ExtraService.INSTALLATION))));
        slow.run(() -> organisations.setRepairTerms(slow.organisationId(), new RepairTerms(14, false,
                Set.of(HandOver.BRING, HandOver.AT_HOME), Set.of())));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids(RepairFilters.NONE).size() == 3
                && ids(new RepairFilters(false, null, true, Set.of(), Set.of())).size() == 2);

        assertThat(ids(new RepairFilters(true, null, false, Set.of(), Set.of())))
                .containsExactlyInAnyOrder(quick.organisationId(), slow.organisationId());
        assertThat(ids(new RepairFilters(false, 5, false, Set.of(), Set.of())))
                .containsExactlyInAnyOrder(quick.organisationId(), uncertified);
        assertThat(ids(new RepairFilters(true, 5, true, Set.of(), Set.of()))).containsExactly(quick.organisationId());
        assertThat(ids(new RepairFilters(false, null, false, Set.of(HandOver.BRING, HandOver.AT_HOME), Set.of())))
                .containsExactly(slow.organisationId());
        assertThat(ids(new RepairFilters(false, null, false, Set.of(), Set.of(ExtraService.TRANSPORT))))
                .containsExactly(quick.organisationId());
        assertThat(ids(new RepairFilters(false, null, false, Set.of(), Set.of(ExtraService.REMOVAL)))).isEmpty();

        // Each hit shows what the filters search on: a repairer's terms, and the form online only once certified.
        List<OrganisationHit> hits = search.search(new OrganisationQuery(origin, 5, null, null, false, false, 0, 20))
                .hits();
        assertThat(hits).filteredOn(hit -> hit.organisationId().equals(quick.organisationId())).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.repairFormOnline()).isTrue();
                    assertThat(hit.repairTerms()).isEqualTo(new RepairTerms(3, true, Set.of(HandOver.BRING, HandOver.PICKUP),
                            Set.of(ExtraService.TRANSPORT, ExtraService.INSTALLATION)));
                });
        assertThat(hits).filteredOn(hit -> hit.organisationId().equals(uncertified)).singleElement().satisfies(hit -> {
            assertThat(hit.repairFormOnline()).isFalse();
            assertThat(hit.repairTerms()).isEqualTo(new RepairTerms(2, true, Set.of(HandOver.BRING), Set.of()));
        });

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(String.format(
                Locale.ROOT, "http://localhost:%d/api/v1/search/organisations?lat=%f&lon=%f&radiusKm=5&certifiedOnly=false"
                        + "&repairFormOnline=true&handOver=BRING&handOver=PICKUP&extraServices=TRANSPORT&maxRepairDays=3&loanDevice=true",
                port, origin.latitude(), origin.longitude()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"total\":1", quick.organisationId().toString(), "\"repairFormOnline\":true",
                "\"repairTerms\":{\"typicalRepairDays\":3,\"loanDevice\":true,");
    }

    private List<UUID> ids(RepairFilters filters) {
        return search.search(new OrganisationQuery(origin, 5, null, null, false, false, 0, 20, filters, null)).hits().stream()
                .map(OrganisationHit::organisationId).toList();
    }
}
