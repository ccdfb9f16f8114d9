/** The public organisation profile, and the pages where staff keep their organisation and its sites up to date. */
@NullMarked
package eu.reloop.directory.ui;

import org.jspecify.annotations.NullMarked;
