package eu.reloop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * Bulk writes for the indexers. Every document carries its record's last change time as an external
 * version: listeners for several changes to one record run concurrently, each with the snapshot it read,
 * and an older snapshot arriving late is refused (a version conflict) instead of undoing a newer one.
 */
@Component
class IndexWriter {

    /** Operations per bulk request of a full feed: large requests, few round trips. */
    static final int FEED_BULK_OPERATIONS = 5_000;

    private final ElasticsearchClient client;

    IndexWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Streams a full feed: {@code producer} adds operations while up to two bulk requests are in flight, so
     * reading the next batch from PostgreSQL overlaps with Elasticsearch writing the last one. Fails after the
     * feed if Elasticsearch refused anything.
     */
    void feed(Consumer<BulkIngester<Void>> producer) {
        BulkFailures failures = new BulkFailures();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(FEED_BULK_OPERATIONS).maxSize(16L * 1024 * 1024).maxConcurrentRequests(2)
                .listener(failures))) {
            producer.accept(ingester);
        }
        failures.throwIfAny();
    }

    /** Sends the operations as one bulk request; a version conflict means a newer snapshot is there already. */
    void write(List<BulkOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        try {
            BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
            List<String> refused = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != HttpStatus.CONFLICT.value())
                    .map(item -> item.id() + ": " + item.error().reason()).limit(5).toList();
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused some documents: " + refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    static BulkOperation index(String target, String id, long version, Object document) {
        return BulkOperation.of(op -> op.index(i -> i.index(target).id(id)
                .version(version).versionType(VersionType.ExternalGte).document(document)));
    }

    /** Deletes a document; with no version (the record itself is gone) whatever version it has. */
    static BulkOperation delete(String target, String id, @Nullable Long version) {
        return BulkOperation.of(op -> op.delete(d -> version == null
                ? d.index(target).id(id)
                : d.index(target).id(id).version(version).versionType(VersionType.ExternalGte)));
    }

    /** Collects what bulk requests running in the background refused, to fail the rebuild afterwards. */
    private static final class BulkFailures implements BulkListener<Void> {

        private final List<String> failures = new CopyOnWriteArrayList<>();

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            response.items().stream().filter(item -> item.error() != null).limit(5)
                    .forEach(item -> failures.add(item.id() + ": " + item.error().reason()));
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
            failures.add(failure.toString());
        }

        void throwIfAny() {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused part of the rebuild: "
                        + failures.stream().limit(5).toList());
            }
        }
    }
}
