/** The hand-in pages: booking, the receipt, "My hand-ins", the site's desk and the public certificate check. */
@NullMarked
package eu.reloop.handin.ui;

import org.jspecify.annotations.NullMarked;
