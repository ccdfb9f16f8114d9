-- The search module's copy of each organisation document as it last sent it to Elasticsearch. A full
-- reindex streams these rows instead of rebuilding every document from the directory's four tables
-- and the certificate registry, which took most of a rebuild's time.
create table organisation_search_document (
    site_id         uuid primary key,
    organisation_id uuid not null,
    -- The organisation's last change time in epoch millis, as in the index: an older snapshot never
    -- overwrites a newer one.
    version         bigint not null,
    -- Which code and index definition wrote the row; rows of another format are built again.
    format          text not null,
    -- The document's JSON; null marks a site that is gone (kept, with its version, like a tombstone).
    source          text
);

create index organisation_search_document_by_organisation on organisation_search_document (organisation_id);
