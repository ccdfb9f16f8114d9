package eu.reloop.search;

/**
 * The indices ReLoop searches. Each is an alias over a versioned concrete index, defined by
 * {@code search-config/<alias>.json}; a full reindex builds a new version and swaps the alias.
 */
public enum SearchIndex {

    ORGANISATIONS("organisations"),
    LISTINGS("listings");

    private final String alias;

    SearchIndex(String alias) {
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    String definitionResource() {
        return "search-config/" + alias + ".json";
    }
}
