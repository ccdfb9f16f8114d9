/**
 * Sign-in, sign-up and the admins' account list. {@link eu.reloop.identity.ui.PasswordRepeat} serves other
 * modules' pages where a password is chosen too.
 */
@NullMarked
@NamedInterface("ui")
package eu.reloop.identity.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
