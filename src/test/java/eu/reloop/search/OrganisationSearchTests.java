package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationFixtures;
import eu.reloop.certification.Certificates;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;

@IntegrationTest
class OrganisationSearchTests {

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    @Autowired
    Certificates certificates;

    GeoPoint origin;

    @BeforeEach
    void pickAnEmptyCorner() {
        origin = DirectoryFixtures.remoteOrigin();
    }

    @Test
    void aSiteAt9point9KmIsInATenKmSearchAndOneAt10point1KmIsNot() {
        UUID inside = register("Inside", north(origin, 9.9), Set.of(), true);
        UUID outside = register("Outside", north(origin, 10.1), Set.of(), true);
        UUID wider = register("Wider", north(origin, 24), Set.of(), true);

        awaitIndexed(query(25), 3);

        SearchPage<OrganisationHit> ten = search.search(query(10));
        assertThat(ten.hits()).extracting(OrganisationHit::organisationId).containsExactly(inside);
        assertThat(ten.hits().getFirst().distanceKm()).isCloseTo(9.9, offset(0.01));
        assertThat(search.search(query(25)).hits()).extracting(OrganisationHit::organisationId)
                .containsExactly(inside, outside, wider);
    }

    @Test
    void resultsAreSortedByDistanceAndPaged() {
        List<UUID> byDistance = List.of(
                register("A", north(origin, 1), Set.of(), true),
                register("B", north(origin, 2), Set.of(), true),
                register("C", north(origin, 3), Set.of(), true));

        awaitIndexed(query(5), 3);

        SearchPage<OrganisationHit> first = search.search(new OrganisationQuery(origin, 5, null, null, false, false, 0, 2));
        SearchPage<OrganisationHit> second = search.search(new OrganisationQuery(origin, 5, null, null, false, false, 1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.pageCount(OrganisationQuery.LAST_PAGE)).isEqualTo(2);
        assertThat(first.hits()).extracting(OrganisationHit::organisationId).containsExactly(byDistance.get(0), byDistance.get(1));
        assertThat(second.hits()).extracting(OrganisationHit::organisationId).containsExactly(byDistance.get(2));
    }

    @Test
    void filtersByCategoryServiceAndCertification() {
        UUID phoneRepair = register("Phone repair", north(origin, 1),
                Set.of(new Offering("phones", OfferedService.REPAIR)), true);
        UUID phoneSalesLaptopRepair = register("Sells phones, repairs laptops", north(origin, 2),
                Set.of(new Offering("phones", OfferedService.SELLS_REFURBISHED), new Offering("laptops", OfferedService.REPAIR)),
                true);
        UUID uncertified = register("Uncertified phone repair", north(origin, 3),
                Set.of(new Offering("phones", OfferedService.REPAIR)), false);

        // Each registration is three updates (organisation, site, certificate): wait for the last of them too.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(ids(new OrganisationQuery(origin, 5, "phones", OfferedService.REPAIR, false, false, 0, 20)))
                    .containsExactly(phoneRepair, uncertified);
            assertThat(ids(new OrganisationQuery(origin, 5, "phones", OfferedService.REPAIR, true, false, 0, 20)))
                    .containsExactly(phoneRepair);
            assertThat(ids(new OrganisationQuery(origin, 5, "phones", null, false, false, 0, 20)))
                    .containsExactly(phoneRepair, phoneSalesLaptopRepair, uncertified);
            assertThat(ids(new OrganisationQuery(origin, 5, null, OfferedService.REPAIR, true, false, 0, 20)))
                    .containsExactly(phoneRepair, phoneSalesLaptopRepair);
        });
    }

    @Test
    void textMatchesTheNamesAndTheOfferedCategoriesInTheirNordicFormsForgivingTyposAndHalfTypedWords() {
        UUID phones = register("Mobilreparatøren AS", north(origin, 1), Set.of(new Offering("phones", OfferedService.REPAIR)),
                false);
        UUID washers = register("Hvitevaredoktoren AS", north(origin, 2),
                Set.of(new Offering("washing-machines", OfferedService.REPAIR)), false);
        awaitIndexed(query(5), 2);

        // Inflected and without diacritics, typed with a typo, half typed, and the site's name ("... site").
        assertThat(ids(text("mobilreparatorer"))).containsExactly(phones);
        assertThat(ids(text("hvitevaredokotren"))).containsExactly(washers);
        assertThat(ids(text("mobilrep"))).containsExactly(phones);
        assertThat(ids(text("Hvitevaredoktoren site"))).containsExactly(washers);
        // The offered category's names, in Norwegian, Swedish and Danish, inflected; every word must match.
        assertThat(ids(text("vaskemaskinene"))).containsExactly(washers);
        assertThat(ids(text("tvättmaskinerna"))).containsExactly(washers);
        assertThat(ids(text("mobiltelefonerne"))).containsExactly(phones);
        assertThat(ids(text("mobilreparatøren vaskemaskiner"))).isEmpty();
    }

    @Test
    void removedSitesAndChangedOrganisationsAreReflected() {
        UUID id = register("Before", north(origin, 1), Set.of(), true);
        awaitIndexed(query(5), 1);
        UUID siteId = search.search(query(5)).hits().getFirst().siteId();

        TestSecurity.asAdmin(() -> {
            organisations.update(id, details("After"));
            organisations.addSite(id, site("Second", north(origin, 2), Set.of()));
            organisations.removeSite(id, siteId);
        });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(search.search(query(5)).hits())
                .singleElement().satisfies(hit -> {
                    assertThat(hit.name()).isEqualTo("After");
                    assertThat(hit.siteName()).isEqualTo("Second");
                }));
    }

    private UUID register(String name, GeoPoint location, Set<Offering> offerings, boolean certified) {
        return TestSecurity.asAdmin(() -> {
            UUID id = organisations.register(OrganisationKind.REPAIRER, details(name));
            organisations.addSite(id, site(name + " site", location, offerings));
            if (certified) {
                CertificationFixtures.certify(certificates, id);
            }
            return id;
        });
    }

    private OrganisationQuery query(double radiusKm) {
        return new OrganisationQuery(origin, radiusKm, null, null, false, false, 0, 20);
    }

    private OrganisationQuery text(String text) {
        return new OrganisationQuery(origin, 5, null, null, false, false, 0, 20, RepairFilters.NONE, text);
    }

    private List<UUID> ids(OrganisationQuery query) {
        return search.search(query).hits().stream().map(OrganisationHit::organisationId).toList();
    }

    private void awaitIndexed(OrganisationQuery query, int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(query).total() == expected);
    }
}
