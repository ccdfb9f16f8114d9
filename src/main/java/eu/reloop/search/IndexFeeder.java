package eu.reloop.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Loads every document of one index from PostgreSQL, the system of record, for a full reindex. */
interface IndexFeeder {

    /** How many records one bulk request of the catch-up after a full feed writes. */
    int CATCH_UP_BATCH = 500;

    SearchIndex index();

    /** Writes all documents into {@code targetIndex} (a new concrete index the alias does not point at yet). */
    void feedAll(String targetIndex);

    /** The ids of the records that changed since then, for the catch-up. */
    List<UUID> changedSince(Instant since);

    /** Writes the current documents of these records into {@code target}, deleting those that are gone. */
    void write(Collection<UUID> ids, String target);

    /** Writes again what changed since the full feed started, once the alias points at the new index. */
    default void feedChangedSince(Instant since) {
        List<UUID> changed = changedSince(since);
        for (int from = 0; from < changed.size(); from += CATCH_UP_BATCH) {
            write(changed.subList(from, Math.min(changed.size(), from + CATCH_UP_BATCH)), index().alias());
        }
    }
}
