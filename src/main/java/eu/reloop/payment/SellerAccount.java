package eu.reloop.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * A selling organisation's Stripe connected account and what Stripe last told about it: whether it may
 * take card payments, receive payouts, and whether its owner has finished onboarding.
 */
public record SellerAccount(UUID organisationId, String stripeAccountId, boolean chargesEnabled,
        boolean payoutsEnabled, boolean detailsSubmitted, Instant updatedAt) {
}
