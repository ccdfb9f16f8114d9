package eu.reloop.market;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.Money;

/**
 * One attempt to buy one listed item, from the reservation that starts checkout to the sale and after.
 * The listing's title, pickup site and delivery options come with it, for the pages that show orders.
 */
public record Order(UUID id, String number, UUID listingId, String stampCode, UUID sellerOrganisationId,
        String buyerEmail, String title, Money itemPrice, Money shippingPrice, @Nullable Fulfilment fulfilment,
        @Nullable String shippingAddress, @Nullable PaymentMethod paymentMethod, OrderStatus status,
        @Nullable Instant heldUntil, @Nullable String checkoutSessionId, @Nullable String paymentIntentId,
        @Nullable String cancelReason, Instant createdAt, Instant updatedAt, @Nullable Instant soldAt,
        @Nullable Instant deliveredAt, UUID siteId, boolean pickupOffered, boolean shippingOffered) {

    /** What the buyer pays: the item, plus shipping when it is shipped. */
    public Money total() {
        return fulfilment == Fulfilment.SHIPPING
                ? new Money(itemPrice.amount().add(shippingPrice.amount()), itemPrice.currency())
                : itemPrice;
    }
}
