package eu.reloop.search;

/** Loads every document of one index from PostgreSQL, the system of record, for a full reindex. */
interface IndexFeeder {

    SearchIndex index();

    /** Writes all documents into {@code targetIndex} (a new concrete index the alias does not point at yet). */
    void feedAll(String targetIndex);

    /** Writes again what changed since the full feed started, once the alias points at the new index. */
    void feedChangedSince(java.time.Instant since);
}
