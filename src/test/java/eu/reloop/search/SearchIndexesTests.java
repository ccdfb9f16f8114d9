package eu.reloop.search;

import static eu.reloop.directory.DirectoryFixtures.details;
import static eu.reloop.directory.DirectoryFixtures.north;
import static eu.reloop.directory.DirectoryFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;

@IntegrationTest
class SearchIndexesTests {

    @Autowired
    SearchIndexes indexes;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationSearch search;

    @Test
    void startUpCreatesAVersionedIndexBehindEachAliasWithItsMappingFromSearchConfig() throws IOException {
        String concrete = indexes.currentIndex(SearchIndex.ORGANISATIONS);

        assertThat(concrete).matches("organisations-[0-9a-f]{8}-\\d{8}-\\d{6}-\\d{3}");
        var properties = client.indices().getMapping(m -> m.index(concrete)).get(concrete).mappings().properties();
        assertThat(properties.get("location").isGeoPoint()).isTrue();
        assertThat(properties.get("weeklyOpen").isIntegerRange()).isTrue();
        assertThat(properties.get("offerings").isKeyword()).isTrue();
        // Shown only: kept in _source, neither indexed nor in doc values.
        Property address = properties.get("address");
        assertThat(address.keyword().index()).isFalse();
        assertThat(address.keyword().docValues()).isFalse();
        // Searched as words, and as the Nordic languages' terms.
        assertThat(properties.get("name").text().analyzer()).isEqualTo("standard");
        assertThat(properties.get("stems").isKeyword()).isTrue();
    }

    @Test
    void anIndexOnTheCurrentDefinitionIsLeftAsItIsAtStartUp() {
        String before = indexes.currentIndex(SearchIndex.ORGANISATIONS);

        indexes.bringIndicesUpToDate();

        assertThat(indexes.currentIndex(SearchIndex.ORGANISATIONS)).isEqualTo(before);
    }

    @Test
    void aFullReindexKeepsSearchAnsweringThroughTheAliasSwap() throws IOException {
        GeoPoint origin = DirectoryFixtures.remoteOrigin();
        TestSecurity.asAdmin(() -> {
            for (int i = 1; i <= 5; i++) {
                var id = organisations.register(OrganisationKind.REUSE_CENTRE, details("Reindexed " + i));
                organisations.addSite(id, site("Site " + i, north(origin, i), Set.of()));
            }
        });
        OrganisationQuery query = new OrganisationQuery(origin, 10, null, null, false, false, 0, 20);
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(query).total() == 5);
        String before = indexes.currentIndex(SearchIndex.ORGANISATIONS);

        CompletableFuture<String> reindex = CompletableFuture.supplyAsync(
                () -> TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.ORGANISATIONS)));
        List<Long> totalsDuringReindex = new ArrayList<>();
        while (!reindex.isDone()) {
            totalsDuringReindex.add(search.search(query).total());
        }

        assertThat(reindex.join()).isNotEqualTo(before).isEqualTo(indexes.currentIndex(SearchIndex.ORGANISATIONS));
        assertThat(totalsDuringReindex).isNotEmpty().containsOnly(5L);
        assertThat(search.search(query).total()).isEqualTo(5);
        // Filled with refreshes off; serving with them on again, or new changes would stay invisible.
        String rebuilt = indexes.currentIndex(SearchIndex.ORGANISATIONS);
        var settings = client.indices().getSettings(g -> g.index(rebuilt)).get(rebuilt).settings().index();
        assertThat(settings.refreshInterval().time()).isEqualTo("1s");
    }
}
