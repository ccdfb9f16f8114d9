package eu.reloop.search;

/**
 * The routes of the search pages. Both pages read the whole search from their query parameters; without any,
 * they ask where to search.
 */
public final class SearchLinks {

    /** "Find a repairer or reuse centre". */
    public static final String FIND_REPAIRER = "find";
    /** "Buy refurbished". */
    public static final String BUY_REFURBISHED = "buy";

    private SearchLinks() {
    }
}
