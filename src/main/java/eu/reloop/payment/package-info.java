/**
 * Payment through Stripe: a connected account (Express) for each selling organisation, Checkout
 * Sessions with a destination charge and ReLoop's fee, refunds, and signed webhooks. Each webhook
 * event is recorded by its Stripe id and turned into a domain event ({@link eu.reloop.payment.CheckoutCompleted},
 * ...) once, in the same transaction, so that other modules learn of it through the event publication
 * registry after commit.
 */
@NullMarked
@ApplicationModule(displayName = "Payment")
package eu.reloop.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
