/** The place input that every location search uses. */
@NullMarked
@NamedInterface("ui")
package eu.reloop.geo.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
