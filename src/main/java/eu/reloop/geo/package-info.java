/**
 * Places and positions: the offline gazetteer of Nordic towns (GeoNames, CC BY 4.0) that turns a typed
 * place name into coordinates, and distance helpers.
 */
@NullMarked
@ApplicationModule(displayName = "Geo")
package eu.reloop.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
