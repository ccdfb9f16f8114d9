package eu.reloop.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The index lifecycle. Each alias points at a concrete index named after its definition's content
 * ({@code organisations-<hash>-<time>}). At start-up a missing alias is created and filled from
 * PostgreSQL, and an alias whose definition changed is rebuilt; a full reindex builds a new index
 * beside the live one and swaps the alias in one atomic step, so search answers throughout.
 */
@Service
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final List<IndexFeeder> feeders;
    private final Clock clock;
    private final ReentrantLock rebuilding = new ReentrantLock();

    SearchIndexes(ElasticsearchClient client, List<IndexFeeder> feeders, Clock clock) {
        this.client = client;
        this.feeders = feeders;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void bringIndicesUpToDate() {
        for (IndexFeeder feeder : feeders) {
            SearchIndex index = feeder.index();
            Optional<String> current = currentIndexIfAny(index);
            if (current.isEmpty() || !current.get().startsWith(versionPrefix(index))) {
                log.info("Index {} is {}; building it from PostgreSQL", index.alias(),
                        current.isEmpty() ? "missing" : "on an older definition");
                rebuild(feeder);
            }
        }
    }

    /** Rebuilds one index from PostgreSQL with no downtime; returns the new concrete index. */
    @PreAuthorize("hasRole('ADMIN')")
    public String reindex(SearchIndex index) {
        return rebuild(feeders.stream().filter(feeder -> feeder.index() == index).findFirst().orElseThrow());
    }

    /** The concrete index the alias points at now. */
    public String currentIndex(SearchIndex index) {
        return currentIndexIfAny(index).orElseThrow(() -> new IllegalStateException("No index behind " + index.alias()));
    }

    /** How many documents the alias serves now. */
    public long documentCount(SearchIndex index) {
        try {
            return client.count(c -> c.index(index.alias())).count();
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    String rebuild(IndexFeeder feeder) {
        SearchIndex index = feeder.index();
        rebuilding.lock();
        try {
            Instant started = clock.instant();
            String target = versionPrefix(index) + VERSION.format(started);
            try (InputStream definition = definition(index)) {
                client.indices().create(c -> c.index(target).withJson(definition));
            }
            // Nobody searches the new index yet: skip refreshes and per-request fsyncs while it fills.
            putSettings(target, "{\"index\": {\"refresh_interval\": \"-1\", \"translog.durability\": \"async\"}}");
            feeder.feedAll(target);
            putSettings(target, "{\"index\": {\"refresh_interval\": \"1s\", \"translog.durability\": \"request\"}}");
            client.indices().refresh(r -> r.index(target));
            Optional<String> previous = currentIndexIfAny(index);
            client.indices().updateAliases(u -> {
                previous.ifPresent(old -> u.actions(a -> a.remove(r -> r.index(old).alias(index.alias()))));
                return u.actions(a -> a.add(add -> add.index(target).alias(index.alias()).isWriteIndex(true)));
            });
            // Changes committed while the new index was filled went to the old one: write them again.
            feeder.feedChangedSince(started);
            if (previous.isPresent()) {
                client.indices().delete(d -> d.index(previous.get()));
            }
            log.info("Index {} now serves from {}", index.alias(), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the " + index.alias() + " index in Elasticsearch", e);
        } finally {
            rebuilding.unlock();
        }
    }

    private void putSettings(String index, String settings) throws IOException {
        client.indices().putSettings(p -> p.index(index).withJson(new StringReader(settings)));
    }

    private Optional<String> currentIndexIfAny(SearchIndex index) {
        try {
            if (!client.indices().existsAlias(a -> a.name(index.alias())).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(a -> a.name(index.alias())).result().keySet().stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read alias " + index.alias() + " from Elasticsearch", e);
        }
    }

    /**
     * {@code <alias>-<first 8 hex digits of the SHA-256 of the definition and the stems' analysis>-}: a changed
     * definition, or stems made another way ({@link NordicTerms#VERSION}), means a new prefix.
     */
    static String versionPrefix(SearchIndex index) {
        try (InputStream definition = definition(index)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(definition.readAllBytes());
            byte[] hash = digest.digest(NordicTerms.VERSION.getBytes(StandardCharsets.UTF_8));
            return index.alias() + "-" + HexFormat.of().formatHex(hash, 0, 4) + "-";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + index.definitionResource(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream definition(SearchIndex index) throws IOException {
        return new ClassPathResource(index.definitionResource()).getInputStream();
    }
}
