/**
 * What reuse, repair and recycling saved: estimates of avoided CO2e and waste from a versioned table of factors per
 * device category, recorded once per sale, repair or recycled device with the factor version used, summed per person,
 * organisation, place and month, and published as open data with daily snapshots.
 */
@NullMarked
@ApplicationModule(displayName = "Impact")
package eu.reloop.impact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
