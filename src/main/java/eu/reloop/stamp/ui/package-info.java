/**
 * The quality-stamp pages: reuse-centre staff document an item and apply for its stamp, certifiers work
 * through the queue and decide, and anyone verifies a stamp by its code or QR code.
 */
@NullMarked
package eu.reloop.stamp.ui;

import org.jspecify.annotations.NullMarked;
