package eu.reloop.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation documents as last sent to Elasticsearch, kept in {@code organisation_search_document}.
 * A full reindex streams them, ready to send, instead of building each one from the directory again:
 * reading the directory's four tables and the certificate registry took most of a rebuild's time
 * (README, "Benchmark"). Each row carries its organisation's change time as its version, like the index,
 * so that a late, older snapshot changes nothing; and the format that wrote it, so that documents of
 * older code are built again rather than sent.
 */
@Repository
class OrganisationDocumentStore {

    /** A site's document as JSON, at its organisation's version. (A site that is gone is a row without JSON.) */
    record StoredDocument(UUID siteId, UUID organisationId, long version, String json) {
    }

    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    OrganisationDocumentStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Writes these documents, except over a newer version of the same site. */
    void store(List<StoredDocument> documents, String format) {
        streaming.batchUpdate("""
                        insert into organisation_search_document (site_id, organisation_id, version, format, source)
                        values (?, ?, ?, ?, ?)
                        on conflict (site_id) do update set organisation_id = excluded.organisation_id,
                            version = excluded.version, format = excluded.format, source = excluded.source
                        where organisation_search_document.version <= excluded.version""",
                documents.stream().map(document -> new Object[] {document.siteId(), document.organisationId(),
                        document.version(), format, document.json()}).toList());
    }

    /** Marks the organisation's sites other than these gone, except those stored in a newer version. */
    void keepOnly(UUID organisationId, long version, Collection<UUID> siteIds) {
        jdbc.sql("""
                        update organisation_search_document set source = null, version = :version
                        where organisation_id = :organisation and version <= :version
                          and not (site_id = any (:sites))""")
                .param("organisation", organisationId).param("version", version)
                .param("sites", siteIds.toArray(UUID[]::new)).update();
    }

    /** Forgets organisations the directory no longer has. */
    void forget(Collection<UUID> organisationIds) {
        if (!organisationIds.isEmpty()) {
            jdbc.sql("delete from organisation_search_document where organisation_id in (:ids)")
                    .param("ids", organisationIds).update();
        }
    }

    /** Forgets everything, before the documents are built again from the directory. */
    void clear() {
        jdbc.sql("delete from organisation_search_document").update();
    }

    /**
     * Whether it holds the current document of every site: as many as the directory has sites, all written
     * in this format, each at its organisation's last change. A listener that has not run yet, a site left
     * over, or a document of older code makes it false.
     */
    boolean holdsCurrent(String format, long siteCount, Map<UUID, Instant> lastChanges) {
        record Stored(UUID organisationId, long oldest, long newest, long documents, boolean inFormat) {
        }
        List<Stored> stored = jdbc.sql("""
                        select organisation_id, min(version) as oldest, max(version) as newest, count(*) as documents,
                               bool_and(format = :format) as in_format
                        from organisation_search_document where source is not null group by organisation_id""")
                .param("format", format)
                .query((rs, row) -> new Stored(rs.getObject("organisation_id", UUID.class), rs.getLong("oldest"),
                        rs.getLong("newest"), rs.getLong("documents"), rs.getBoolean("in_format")))
                .list();
        return stored.stream().mapToLong(Stored::documents).sum() == siteCount
                && stored.stream().allMatch(organisation -> {
                    Instant changed = lastChanges.get(organisation.organisationId());
                    return organisation.inFormat() && changed != null && organisation.oldest() == changed.toEpochMilli()
                            && organisation.newest() == changed.toEpochMilli();
                });
    }

    /** Streams the documents (not the sites that are gone) in batches, through a cursor. */
    @Transactional(readOnly = true)
    void forEachBatch(int batchSize, Consumer<List<StoredDocument>> consumer) {
        List<StoredDocument> batch = new ArrayList<>(batchSize);
        streaming.query("select site_id, organisation_id, version, source from organisation_search_document where source is not null",
                rs -> {
                    batch.add(new StoredDocument(rs.getObject("site_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                            rs.getLong("version"), rs.getString("source")));
                    if (batch.size() == batchSize) {
                        consumer.accept(List.copyOf(batch));
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            consumer.accept(List.copyOf(batch));
        }
    }
}
