package eu.reloop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

    @Override
    public void feedAll(String targetIndex) {
        organisations.forEachBatch(BATCH_SIZE, batch -> write(batch, Set.of(), targetIndex));
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
        Set<String> stale = indexedSiteIds(organisationIds, target);
        profiles.forEach(profile -> profile.sites().forEach(site -> stale.remove(site.id().toString())));
        write(profiles, stale, target);
    }

    private Set<String> indexedSiteIds(Collection<UUID> organisationIds, String target) {
        try {
            var response = client.search(s -> s.index(target).size(10_000).source(src -> src.fetch(false))
                    .query(q -> q.terms(t -> t.field("organisationId").terms(v -> v.value(
                            organisationIds.stream().map(id -> co.elastic.clients.elasticsearch._types.FieldValue.of(id.toString())).toList())))),
                    Void.class);
            Set<String> ids = new HashSet<>();
            response.hits().hits().forEach(hit -> ids.add(hit.id()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private void write(List<OrganisationProfile> profiles, Set<String> staleSiteIds, String target) {
        List<BulkOperation> operations = new ArrayList<>();
        for (OrganisationProfile profile : profiles) {
            for (OrganisationDocument document : OrganisationDocument.of(profile)) {
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(document.siteId()).document(document))));
            }
        }
        staleSiteIds.forEach(id -> operations.add(BulkOperation.of(op -> op.delete(d -> d.index(target).id(id)))));
        if (operations.isEmpty()) {
            return;
        }
        try {
            BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
            if (response.errors()) {
                String reasons = response.items().stream().filter(item -> item.error() != null)
                        .map(item -> item.id() + ": " + item.error().reason()).limit(5).toList().toString();
                throw new IllegalStateException("Elasticsearch refused some documents: " + reasons);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }
}
