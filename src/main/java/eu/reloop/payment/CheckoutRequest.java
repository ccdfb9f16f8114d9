package eu.reloop.payment;

import java.util.UUID;

import eu.reloop.shared.Money;

/**
 * What a buyer pays for one order, through Stripe Checkout.
 *
 * @param amount everything the buyer pays, shipping and VAT included
 * @param successPath where Stripe sends the buyer after paying, a path of the application; it may hold
 *        Stripe's {@code {CHECKOUT_SESSION_ID}} placeholder
 * @param cancelPath where Stripe sends the buyer who goes back without paying
 */
public record CheckoutRequest(UUID orderId, UUID sellerOrganisationId, String description, Money amount,
        String buyerEmail, String successPath, String cancelPath) {
}
