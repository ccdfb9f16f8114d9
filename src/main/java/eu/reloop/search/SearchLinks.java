package eu.reloop.search;

/**
 * The addresses of the search pages, for their routes and for every link to them, so that a renamed route
 * cannot leave a link behind. Both pages read the whole search from their query parameters; without any,
 * they ask where to search.
 */
public final class SearchLinks {

    /** "Find a repairer or reuse centre". */
    public static final String FIND_REPAIRER = "find";
    /** "Buy refurbished". */
    public static final String BUY_REFURBISHED = "buy";

    private SearchLinks() {
    }

    public static String findRepairer() {
        return FIND_REPAIRER;
    }

    public static String buyRefurbished() {
        return BUY_REFURBISHED;
    }
}
