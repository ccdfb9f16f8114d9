package eu.reloop.certification;

import java.util.Set;

import eu.reloop.directory.OfferedService;

/** What a certificate covers: device categories (codes from the directory taxonomy) and services. */
public record Scope(Set<String> categories, Set<OfferedService> services) {

    public static final Scope EMPTY = new Scope(Set.of(), Set.of());

    public Scope {
        categories = Set.copyOf(categories);
        services = Set.copyOf(services);
    }

    public boolean covers(String category) {
        return categories.contains(category);
    }
}
