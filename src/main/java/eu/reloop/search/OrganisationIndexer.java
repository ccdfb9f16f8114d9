package eu.reloop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import eu.reloop.directory.OrganisationChanged;
import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.search.OrganisationDocumentStore.StoredDocument;

/**
 * Keeps the organisations index in step with the directory. Runs after the directory's transaction
 * commits, through Modulith's event publication registry: when Elasticsearch is down the publication
 * stays incomplete and the shared event outbox submits it again later, so no saved change is lost.
 * Every document it sends is also kept in the {@link OrganisationDocumentStore}, which a full reindex
 * streams as long as it holds the current document of every site.
 */
@Component
class OrganisationIndexer implements IndexFeeder {

    private static final int BATCH_SIZE = 500;

    private final ElasticsearchClient client;
    private final IndexWriter writer;
    private final Organisations organisations;
    private final OrganisationDocumentStore store;
    private final TransactionTemplate storing;
    private final CategoryNames categoryNames;

    OrganisationIndexer(ElasticsearchClient client, IndexWriter writer, Organisations organisations,
            OrganisationDocumentStore store, PlatformTransactionManager transactions, CategoryNames categoryNames) {
        this.client = client;
        this.writer = writer;
        this.organisations = organisations;
        this.store = store;
        this.storing = new TransactionTemplate(transactions);
        this.storing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.categoryNames = categoryNames;
    }

    @ApplicationModuleListener
    void on(OrganisationChanged event) {
        write(List.of(event.organisationId()), SearchIndex.ORGANISATIONS.alias());
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.ORGANISATIONS;
    }

    /**
     * Streams every document into the new index: the stored ones when they are complete and current, else
     * built from the directory (and stored again, replacing what was there).
     */
    @Override
    public void feedAll(String targetIndex) {
        String format = format();
        if (store.holdsCurrent(format, organisations.siteCount(), organisations.lastChanges())) {
            writer.feed(ingester -> store.forEachBatch(IndexWriter.FEED_BULK_OPERATIONS,
                    batch -> batch.forEach(document -> ingester.add(index(targetIndex, document)))));
            return;
        }
        store.clear();
        writer.feed(ingester -> organisations.forEachBatch(BATCH_SIZE, profiles -> {
            List<StoredDocument> documents = documents(profiles);
            // Apart from the read-only transaction the directory is read in.
            storing.executeWithoutResult(status -> store.store(documents, format));
            documents.forEach(document -> ingester.add(index(targetIndex, document)));
        }));
    }

    @Override
    public List<UUID> changedSince(Instant since) {
        return organisations.changedSince(since);
    }

    /** Indexes the organisations' current sites and deletes documents of sites (or organisations) that are gone. */
    @Override
    public void write(Collection<UUID> organisationIds, String target) {
        List<OrganisationProfile> profiles = organisations.profiles(organisationIds);
        List<StoredDocument> documents = documents(profiles);
        store.store(documents, format());
        profiles.forEach(profile -> store.keepOnly(profile.organisation().id(), version(profile),
                profile.sites().stream().map(Site::id).toList()));
        Set<UUID> found = profiles.stream().map(profile -> profile.organisation().id()).collect(Collectors.toSet());
        store.forget(organisationIds.stream().filter(id -> !found.contains(id)).toList());

        Map<String, String> stale = indexedSites(organisationIds, target);
        documents.forEach(document -> stale.remove(document.siteId().toString()));
        Map<String, Long> versions = new HashMap<>();
        profiles.forEach(profile -> versions.put(profile.organisation().id().toString(), version(profile)));
        List<BulkOperation> operations = new ArrayList<>();
        documents.forEach(document -> operations.add(index(target, document)));
        stale.forEach((siteId, organisationId) ->
                operations.add(IndexWriter.delete(target, siteId, versions.get(organisationId))));
        writer.write(operations);
    }

    /**
     * What wrote a stored document: this code's {@link OrganisationDocument#FORMAT} and the index definition.
     * A stored document of another format is not sent but built again.
     */
    static String format() {
        return SearchIndexes.versionPrefix(SearchIndex.ORGANISATIONS) + OrganisationDocument.FORMAT;
    }

    private List<StoredDocument> documents(List<OrganisationProfile> profiles) {
        List<StoredDocument> documents = new ArrayList<>();
        for (OrganisationProfile profile : profiles) {
            OrganisationDocument.of(profile, categoryNames).forEach(document -> documents.add(new StoredDocument(
                    UUID.fromString(document.siteId()), profile.organisation().id(), version(profile),
                    JsonpUtils.toJsonString(document, client._jsonpMapper()))));
        }
        return documents;
    }

    /** The organisation's last change, the version of all its documents. */
    private static long version(OrganisationProfile profile) {
        return profile.organisation().updatedAt().toEpochMilli();
    }

    /** Sends the stored JSON as it is, so that the index holds exactly what the store keeps. */
    private static BulkOperation index(String target, StoredDocument document) {
        return IndexWriter.index(target, document.siteId().toString(), document.version(),
                BinaryData.of(document.json().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
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
