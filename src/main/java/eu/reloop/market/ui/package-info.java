/**
 * The market's pages: reuse-centre staff list their stamped items for sale, change, withdraw and relist
 * them, and keep their photos.
 */
@NullMarked
package eu.reloop.market.ui;

import org.jspecify.annotations.NullMarked;
