/**
 * The public organisation profile, and the pages where staff keep their organisation and its sites up
 * to date. {@link eu.reloop.directory.ui.CertificationBadge} is shared with other modules' views.
 */
@NullMarked
@NamedInterface("ui")
package eu.reloop.directory.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
