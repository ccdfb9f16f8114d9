/** The main layout and common UI pieces that the views of every module use. */
@NullMarked
@NamedInterface("ui")
package eu.reloop.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
