/**
 * Elasticsearch: the client, the index lifecycle from {@code search-config/}, and (from the directory and
 * market features on) indexing driven by module events and the queries behind the search views.
 */
@NullMarked
@ApplicationModule(displayName = "Search")
package eu.reloop.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
