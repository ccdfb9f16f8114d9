/**
 * Demo accounts and data for the embedded default, so that the first page is useful. Loaded only when
 * ReLoop runs its own PostgreSQL; never when a database URL is configured.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data")
package eu.reloop.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
