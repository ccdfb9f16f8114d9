package eu.reloop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import eu.reloop.IntegrationTest;

@IntegrationTest
class SearchIndexesTests {

    @Autowired
    SearchIndexes indexes;

    @Autowired
    ElasticsearchClient client;

    @Test
    void startUpCreatesAVersionedIndexBehindEachAliasWithItsMappingFromSearchConfig() throws IOException {
        String concrete = indexes.currentIndex(SearchIndex.ORGANISATIONS);

        assertThat(concrete).startsWith("organisations-").isNotEqualTo("organisations");
        var properties = client.indices().getMapping(m -> m.index(concrete)).get(concrete).mappings().properties();
        assertThat(properties.get("location").isGeoPoint()).isTrue();
        assertThat(properties.get("kind").isKeyword()).isTrue();
        assertThat(properties.get("suggest").isCompletion()).isTrue();
        Property name = properties.get("name");
        assertThat(name.text().fields().get("sort").isKeyword()).isTrue();
    }

    @Test
    void anExistingAliasIsLeftAsItIs() {
        String before = indexes.currentIndex(SearchIndex.ORGANISATIONS);

        indexes.createIfMissing(SearchIndex.ORGANISATIONS);

        assertThat(indexes.currentIndex(SearchIndex.ORGANISATIONS)).isEqualTo(before);
    }
}
