/** The sellers' payment page: whether online payment is on, and their Stripe account's onboarding. */
@NullMarked
package eu.reloop.payment.ui;

import org.jspecify.annotations.NullMarked;
