/**
 * The marketplace: listings of stamped items (each item unique, so a listing sells exactly one), the
 * reservation that starts a checkout, orders paid online or at pickup, the warranty a sale registers,
 * returns and warranty claims.
 */
@NullMarked
@ApplicationModule(displayName = "Market")
package eu.reloop.market;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
