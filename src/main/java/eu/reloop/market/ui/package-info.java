/**
 * The marketplace pages: the product page and checkout for buyers, their orders and warranties, and the
 * centre's listings and orders.
 */
@NullMarked
package eu.reloop.market.ui;

import org.jspecify.annotations.NullMarked;
