package eu.reloop.payment;

import java.time.Instant;
import java.util.UUID;

import eu.reloop.shared.Money;

/**
 * What a buyer pays for one order, through Stripe Checkout. Sent again after a lost answer, it must be the same
 * request, expiry included, for Stripe to answer with the same session.
 *
 * @param amount everything the buyer pays, shipping and VAT included
 * @param successPath where Stripe sends the buyer after paying, a path of the application; it may hold
 *        Stripe's {@code {CHECKOUT_SESSION_ID}} placeholder
 * @param cancelPath where Stripe sends the buyer who goes back without paying
 * @param expiresAt until when the session can be paid: {@link Payments#CHECKOUT_LIFETIME} from when the
 *        checkout was first asked for
 */
public record CheckoutRequest(UUID orderId, UUID sellerOrganisationId, String description, Money amount,
        String buyerEmail, String successPath, String cancelPath, Instant expiresAt) {
}
