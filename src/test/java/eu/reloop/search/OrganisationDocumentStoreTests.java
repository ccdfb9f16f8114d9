package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.search.OrganisationDocumentStore.StoredDocument;

@IntegrationTest
class OrganisationDocumentStoreTests {

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    OrganisationDocumentStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullReindexSendsTheStoredDocumentsWhileTheyAreCompleteAndCurrent() {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        UUID siteId = indexedSite(origin, "Stored");
        // Only a reindex that streams the store can carry this name into the index. While other tests' changes
        // are still on their way to the store, a reindex builds from the directory instead (and stores the
        // name from there): then change the stored one again and reindex once more.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            jdbc.sql("update organisation_search_document set source = replace(source, 'Stored site', 'Changed in the store') where site_id = :site")
                    .param("site", siteId).update();
            TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.ORGANISATIONS));
            assertThat(siteNames(origin)).containsExactly("Changed in the store");
        });
    }

    @Test
    void aStoredDocumentOfAnotherFormatMakesTheReindexBuildEveryDocumentFromTheDirectory() {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        UUID siteId = indexedSite(origin, "Rebuilt");
        jdbc.sql("""
                        update organisation_search_document set format = 'older code',
                            source = replace(source, 'Rebuilt site', 'Changed in the store')
                        where site_id = :site""")
                .param("site", siteId).update();

        TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.ORGANISATIONS));

        assertThat(siteNames(origin)).containsExactly("Rebuilt site");
        assertThat(jdbc.sql("select count(*) from organisation_search_document where format = 'older code'")
                .query(Long.class).single()).isZero();
        assertThat(storedSource(siteId)).contains("\"siteName\":\"Rebuilt site\"");
    }

    @Test
    void aStoredDocumentBehindItsOrganisationsLastChangeMakesTheReindexBuildFromTheDirectory() {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        UUID siteId = indexedSite(origin, "Behind");
        // As if a listener had not run after the organisation's last change.
        jdbc.sql("""
                        update organisation_search_document set version = version - 1,
                            source = replace(source, 'Behind site', 'Changed in the store')
                        where site_id = :site""")
                .param("site", siteId).update();

        TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.ORGANISATIONS));

        assertThat(siteNames(origin)).containsExactly("Behind site");
        assertThat(storedSource(siteId)).contains("\"siteName\":\"Behind site\"");
    }

    @Test
    void aRemovedSiteIsMarkedGoneInTheStoreAndStaysOutOfSearchAfterAReindex() {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        UUID organisationId = TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.REPAIRER, details("Two sites")));
        UUID kept = TestSecurity.asAdmin(() -> organisations.addSite(organisationId, site("Kept", north(origin, 1), Set.of())));
        UUID removed = TestSecurity.asAdmin(() -> organisations.addSite(organisationId, site("Removed", north(origin, 2), Set.of())));
        await().atMost(Duration.ofSeconds(20)).until(() -> siteNames(origin).size() == 2);

        TestSecurity.asAdmin(() -> organisations.removeSite(organisationId, removed));
        await().atMost(Duration.ofSeconds(20)).until(() -> siteNames(origin).size() == 1);
        assertThat(jdbc.sql("select count(*) from organisation_search_document where site_id = :site and source is null")
                .param("site", removed).query(Long.class).single()).as("a tombstone, not a missing row").isOne();
        assertThat(storedSource(kept)).contains("\"siteName\":\"Kept\"");

        TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.ORGANISATIONS));

        assertThat(siteNames(origin)).containsExactly("Kept");
    }

    @Test
    void anOlderSnapshotArrivingLateChangesNothing() {
        UUID siteId = UUID.randomUUID();
        UUID organisationId = UUID.randomUUID();
        try {
            store.store(List.of(new StoredDocument(siteId, organisationId, 2_000, "{\"siteName\":\"newer\"}")), "test");

            store.store(List.of(new StoredDocument(siteId, organisationId, 1_000, "{\"siteName\":\"older\"}")), "test");
            store.keepOnly(organisationId, 1_000, List.of());

            assertThat(storedSource(siteId)).isEqualTo("{\"siteName\":\"newer\"}");
        } finally {
            // A row of a foreign format would make every later reindex build from the directory.
            store.forget(List.of(organisationId));
        }
    }

    /** Registers an organisation with one site named "{@code name} site" and waits until search finds it. */
    private UUID indexedSite(GeoPoint origin, String name) {
        UUID siteId = TestSecurity.asAdmin(() -> organisations.addSite(
                organisations.register(OrganisationKind.REUSE_CENTRE, details(name)),
                site(name + " site", north(origin, 1), Set.of())));
        await().atMost(Duration.ofSeconds(20)).until(() -> siteNames(origin).size() == 1);
        return siteId;
    }

    private List<String> siteNames(GeoPoint origin) {
        return search.search(new OrganisationQuery(origin, 10, null, null, false, false, 0, 20)).hits().stream()
                .map(OrganisationHit::siteName).toList();
    }

    private @Nullable String storedSource(UUID siteId) {
        return jdbc.sql("select source from organisation_search_document where site_id = :site").param("site", siteId)
                .query(String.class).optional().orElse(null);
    }
}
