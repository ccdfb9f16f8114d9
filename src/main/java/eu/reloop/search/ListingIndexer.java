package eu.reloop.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import eu.reloop.market.ListingChanged;
import eu.reloop.market.ListingForSearch;
import eu.reloop.market.Listings;

/**
 * Keeps the listings index in step with the market, after the market's transaction commits (see
 * {@link OrganisationIndexer} for why that loses nothing while Elasticsearch is down). Only searchable
 * listings have a document: one that is sold, withdrawn, off sale or whose seller is not certified is
 * deleted, and so is one the market does not know.
 */
@Component
class ListingIndexer implements IndexFeeder {

    /** Listings read from PostgreSQL at a time during a full feed: one query for the rows, one for the sites. */
    private static final int BATCH_SIZE = 2_000;

    private final IndexWriter writer;
    private final Listings listings;
    private final CategoryNames categoryNames;

    ListingIndexer(IndexWriter writer, Listings listings, CategoryNames categoryNames) {
        this.writer = writer;
        this.listings = listings;
        this.categoryNames = categoryNames;
    }

    @ApplicationModuleListener
    void on(ListingChanged event) {
        write(List.of(event.listingId()), SearchIndex.LISTINGS.alias());
    }

    @Override
    public SearchIndex index() {
        return SearchIndex.LISTINGS;
    }

    /** Streams every searchable listing into the new index; the rest need no delete there. */
    @Override
    public void feedAll(String targetIndex) {
        writer.feed(ingester -> listings.forEachBatchForSearch(BATCH_SIZE, batch -> batch.stream()
                .filter(ListingForSearch::searchable)
                .forEach(listing -> ingester.add(indexed(listing, targetIndex)))));
    }

    @Override
    public List<UUID> changedSince(Instant since) {
        return listings.changedSince(since);
    }

    @Override
    public void write(Collection<UUID> listingIds, String target) {
        Set<UUID> unknown = new HashSet<>(listingIds);
        List<BulkOperation> operations = new ArrayList<>();
        for (ListingForSearch listing : listings.forSearch(listingIds)) {
            unknown.remove(listing.id());
            operations.add(listing.searchable() ? indexed(listing, target)
                    : IndexWriter.delete(target, listing.id().toString(), version(listing)));
        }
        unknown.forEach(id -> operations.add(IndexWriter.delete(target, id.toString(), null)));
        writer.write(operations);
    }

    private BulkOperation indexed(ListingForSearch listing, String target) {
        return IndexWriter.index(target, listing.id().toString(), version(listing),
                ListingDocument.of(listing, categoryNames));
    }

    /**
     * The later of the listing's and its seller's last change (a certificate change counts), so that a
     * snapshot read before either change cannot overwrite one read after it.
     */
    private static long version(ListingForSearch listing) {
        return listing.updatedAt().toEpochMilli();
    }
}
