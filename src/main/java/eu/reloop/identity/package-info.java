/** Accounts, roles, organisation membership, sign-up and sign-in. */
@NullMarked
@ApplicationModule(displayName = "Identity")
package eu.reloop.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
