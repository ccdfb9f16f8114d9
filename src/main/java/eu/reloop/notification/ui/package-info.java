/** The admins' view of the e-mail the application wrote. */
@NullMarked
package eu.reloop.notification.ui;

import org.jspecify.annotations.NullMarked;
