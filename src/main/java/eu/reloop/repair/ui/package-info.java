/** The repair pages: asking, comparing the forms and following a repair; the repairer's inbox and form. */
@NullMarked
package eu.reloop.repair.ui;

import org.jspecify.annotations.NullMarked;
