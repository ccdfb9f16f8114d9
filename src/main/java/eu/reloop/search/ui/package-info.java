/** The "Find a repairer" view: location search shown as a list and on a map. */
@NullMarked
package eu.reloop.search.ui;

import org.jspecify.annotations.NullMarked;
