/**
 * The scheme's pages: organisations apply and follow their certification, certifiers work through the
 * queue and keep the register, and anyone checks a certificate.
 */
@NullMarked
package eu.reloop.certification.ui;

import org.jspecify.annotations.NullMarked;
