/**
 * The marketplace pages: the product page and checkout for buyers, their orders and warranties, returns
 * and warranty claims; the centre's listings, orders, returns and claims to answer; and claim rates per
 * centre for certifiers.
 */
@NullMarked
package eu.reloop.market.ui;

import org.jspecify.annotations.NullMarked;
