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

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
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
    private final IndexWriter writer;
    private final Organisations organisations;

    OrganisationIndexer(ElasticsearchClient client, IndexWriter writer, Organisations organisations) {
        this.client = client;
        this.writer = writer;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(OrganisationChanged event) {
        write(List.of(event.organisationId()), SearchIndex.ORGANISATIONS.alias());
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.ORGANISATIONS;
    }

    /** Streams the whole directory into the new index. */
    @Override
    public void feedAll(String targetIndex) {
        writer.feed(ingester -> organisations.forEachBatch(BATCH_SIZE, batch -> batch.forEach(profile -> {
            long version = profile.organisation().updatedAt().toEpochMilli();
            OrganisationDocument.of(profile).forEach(document ->
                    ingester.add(IndexWriter.index(targetIndex, document.siteId(), version, document)));
        })));
    }

    @Override
    public List<UUID> changedSince(Instant since) {
        return organisations.changedSince(since);
    }

    /** Indexes the organisations' current sites and deletes documents of sites (or organisations) that are gone. */
    @Override
    public void write(Collection<UUID> organisationIds, String target) {
        List<OrganisationProfile> profiles = organisations.profiles(organisationIds);
        Map<String, String> stale = indexedSites(organisationIds, target);
        profiles.forEach(profile -> profile.sites().forEach(site -> stale.remove(site.id().toString())));
        Map<String, Long> versions = new HashMap<>();
        List<BulkOperation> operations = new ArrayList<>();
        for (OrganisationProfile profile : profiles) {
            long version = profile.organisation().updatedAt().toEpochMilli();
            versions.put(profile.organisation().id().toString(), version);
            OrganisationDocument.of(profile).forEach(document ->
                    operations.add(IndexWriter.index(target, document.siteId(), version, document)));
        }
        stale.forEach((siteId, organisationId) ->
                operations.add(IndexWriter.delete(target, siteId, versions.get(organisationId))));
        writer.write(operations);
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
}
