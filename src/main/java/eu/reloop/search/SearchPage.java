package eu.reloop.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;

/**
 * One page of hits, and how many there are in all: exactly, or, when {@code totalExact} is false, at least
 * that many (a search that stopped counting to answer sooner).
 */
public record SearchPage<T>(List<T> hits, long total, boolean totalExact, int page, int size) {

    static <T> SearchPage<T> of(List<T> hits, @Nullable TotalHits total, int page, int size) {
        return total == null
                ? new SearchPage<>(hits, hits.size(), true, page, size)
                : new SearchPage<>(hits, total.value(), total.relation() == TotalHitsRelation.Eq, page, size);
    }

    /** Pages to offer: as many as the hits fill, but none past {@code lastPage}, the deepest a search may ask for. */
    public int pageCount(int lastPage) {
        return (int) Math.min(Math.ceil(total / (double) size), lastPage + 1);
    }
}
