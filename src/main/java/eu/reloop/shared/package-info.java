/**
 * What every module needs: the clock, translations and locale-aware formats, and (in {@code ui}) the
 * main layout and the landing page.
 */
@NullMarked
@ApplicationModule(displayName = "Shared")
package eu.reloop.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
