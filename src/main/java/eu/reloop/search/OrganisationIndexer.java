package eu.reloop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import eu.reloop.directory.OrganisationChanged;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;

/**
 * Keeps the organisations index in step with the directory. Runs after the directory's transaction
 * commits, through Modulith's event publication registry: when Elasticsearch is down the publication
 * stays incomplete and {@link SearchRecovery} submits it again later, so no saved change is lost.
 */
@Component
class OrganisationIndexer implements IndexFeeder {

    private static final int BATCH_SIZE = 500;

    private final ElasticsearchClient client;
    private final Organisations organisations;

    OrganisationIndexer(ElasticsearchClient client, Organisations organisations) {
        this.client = client;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(OrganisationChanged event) {
        index(List.of(event.organisationId()), SearchIndex.ORGANISATIONS.alias());
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.ORGANISATIONS;
    }

    /** Streams the whole directory into the new index: reading the next batch overlaps with two bulk requests in flight. */
    @Override
    public void feedAll(String targetIndex) {
        BulkFailures failures = new BulkFailures();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(2_000).maxConcurrentRequests(2).listener(failures))) {
            organisations.forEachBatch(BATCH_SIZE, batch -> batch.forEach(profile -> {
                long version = profile.organisation().updatedAt().toEpochMilli();
                OrganisationDocument.of(profile).forEach(document -> ingester.add(op -> op.index(i -> i
                        .index(targetIndex).id(document.siteId())
                        .version(version).versionType(VersionType.ExternalGte).document(document))));
            }));
        }
        failures.throwIfAny();
    }

    @Override
    public void feedChangedSince(Instant since) {
        List<UUID> changed = organisations.changedSince(since);
        for (int from = 0; from < changed.size(); from += BATCH_SIZE) {
            index(changed.subList(from, Math.min(changed.size(), from + BATCH_SIZE)), SearchIndex.ORGANISATIONS.alias());
        }
    }

    /** Indexes the organisations' current sites and deletes documents of sites (or organisations) that are gone. */
    void index(Collection<UUID> organisationIds, String target) {
        List<OrganisationProfile> profiles = organisations.profiles(organisationIds);
        Map<String, String> stale = indexedSites(organisationIds, target);
        profiles.forEach(profile -> profile.sites().forEach(site -> stale.remove(site.id().toString())));
        write(profiles, stale, target);
    }

    /** Site id to organisation id of what the index holds now for these organisations. */
    private Map<String, String> indexedSites(Collection<UUID> organisationIds, String target) {
        try {
            var response = client.search(s -> s.index(target).size(10_000)
                    .source(src -> src.filter(f -> f.includes("organisationId")))
                    .query(q -> q.terms(t -> t.field("organisationId").terms(v -> v.value(
                            organisationIds.stream().map(id -> FieldValue.of(id.toString())).toList())))),
                    SiteOwner.class);
            Map<String, String> sites = new HashMap<>();
            response.hits().hits().forEach(hit -> sites.put(hit.id(), hit.source().organisationId()));
            return sites;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private record SiteOwner(String organisationId) {
    }

    /** Collects what bulk requests running in the background refused, to fail the rebuild afterwards. */
    private static final class BulkFailures implements BulkListener<Void> {

        private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /**
     * Writes each document, and deletes each stale one, with the organisation's last change time as its
     * external version. Listeners for several changes to one organisation run concurrently, each with the
     * snapshot it read; an older snapshot arriving late is refused (a version conflict) instead of undoing
     * a newer one.
     */
    private void write(List<OrganisationProfile> profiles, Map<String, String> staleSites, String target) {
        Map<String, Long> versions = new HashMap<>();
        List<BulkOperation> operations = new ArrayList<>();
        for (OrganisationProfile profile : profiles) {
            long version = profile.organisation().updatedAt().toEpochMilli();
            versions.put(profile.organisation().id().toString(), version);
            for (OrganisationDocument document : OrganisationDocument.of(profile)) {
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(document.siteId())
                        .version(version).versionType(VersionType.ExternalGte).document(document))));
            }
        }
        staleSites.forEach((siteId, organisationId) -> {
            Long version = versions.get(organisationId);
            operations.add(BulkOperation.of(op -> op.delete(d -> version == null
                    ? d.index(target).id(siteId)
                    : d.index(target).id(siteId).version(version).versionType(VersionType.ExternalGte))));
        });
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
}
