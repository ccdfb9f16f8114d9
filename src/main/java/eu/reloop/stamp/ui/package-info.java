/**
 * The quality-stamp pages: reuse-centre staff document an item and apply for its stamp, certifiers work
 * through the queue and decide, and anyone verifies a stamp by its code or QR code.
 * {@link eu.reloop.stamp.ui.FactList} shows a stamped item's condition on other modules' pages too.
 */
@NullMarked
@NamedInterface("ui")
package eu.reloop.stamp.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
