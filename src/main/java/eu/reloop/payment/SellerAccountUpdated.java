package eu.reloop.payment;

import java.util.UUID;

/** A seller's Stripe account changed; {@code chargesEnabled} says whether buyers can pay it online now. */
public record SellerAccountUpdated(UUID organisationId, boolean chargesEnabled) {
}
