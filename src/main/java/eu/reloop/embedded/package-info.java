/**
 * Local PostgreSQL and Elasticsearch for a first run and for the tests: started as child processes
 * when no database or search URL is configured, stopped with the application.
 */
@NullMarked
@ApplicationModule(displayName = "Embedded services")
package eu.reloop.embedded;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
