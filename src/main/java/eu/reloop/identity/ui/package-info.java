/** Sign-in, sign-up and the admins' account list. */
@NullMarked
package eu.reloop.identity.ui;

import org.jspecify.annotations.NullMarked;
