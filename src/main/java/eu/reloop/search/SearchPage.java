package eu.reloop.search;

import java.util.List;

/** One page of hits, and how many there are in all. */
public record SearchPage<T>(List<T> hits, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.ceil(total / (double) size);
    }
}
