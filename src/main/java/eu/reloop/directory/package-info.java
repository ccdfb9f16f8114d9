/**
 * Organisations that repair, resell or collect devices (repairers, reuse centres, collection points),
 * and, as the directory feature grows, their sites, categories, services and opening hours.
 */
@NullMarked
@ApplicationModule(displayName = "Directory")
package eu.reloop.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
