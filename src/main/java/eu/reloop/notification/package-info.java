/**
 * Telling organisations what happened to them: in-app notifications for their staff and e-mail. Every
 * e-mail is recorded first and sent through SMTP when configured; without SMTP (the embedded default)
 * it stays recorded, visible to admins, instead of being lost.
 */
@NullMarked
@ApplicationModule(displayName = "Notification")
package eu.reloop.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
