/**
 * The stamp registry's pages: reuse centres apply for stamps, certifiers review them, and anyone
 * verifies a stamp by its code or QR code.
 */
@NullMarked
package eu.reloop.stamp.ui;

import org.jspecify.annotations.NullMarked;
