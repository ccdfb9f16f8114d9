package eu.reloop.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Creates every index that is missing, from its definition in {@code search-config/}, behind its alias. */
@Service
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final Clock clock;

    SearchIndexes(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void createMissingIndices() {
        for (SearchIndex index : SearchIndex.values()) {
            createIfMissing(index);
        }
    }

    /** The concrete index the alias points at now. */
    public String currentIndex(SearchIndex index) {
        try {
            return client.indices().getAlias(a -> a.name(index.alias())).result().keySet().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read alias " + index.alias(), e);
        }
    }

    void createIfMissing(SearchIndex index) {
        try {
            if (client.indices().existsAlias(a -> a.name(index.alias())).value()) {
                return;
            }
            String concrete = index.alias() + "-" + VERSION.format(clock.instant());
            try (InputStream definition = new ClassPathResource(index.definitionResource()).getInputStream()) {
                client.indices().create(c -> c.index(concrete).withJson(definition)
                        .aliases(index.alias(), alias -> alias.isWriteIndex(true)));
            }
            log.info("Created index {} behind alias {}", concrete, index.alias());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the " + index.alias() + " index in Elasticsearch", e);
        }
    }
}
