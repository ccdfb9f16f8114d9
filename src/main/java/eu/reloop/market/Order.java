package eu.reloop.market;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.Money;

/**
 * One attempt to buy one listed item, from the reservation that starts checkout to the sale and after.
 * The listing's title, pickup site and delivery options come with it, for the pages that show orders.
 * {@code checkoutExpiresAt} is set once online payment was asked for: until when its Stripe session can be paid.
 */
public record Order(UUID id, String number, UUID listingId, String stampCode, UUID sellerOrganisationId,
        String buyerEmail, String title, Money itemPrice, Money shippingPrice, @Nullable Fulfilment fulfilment,
        @Nullable String shippingAddress, @Nullable PaymentMethod paymentMethod, OrderStatus status,
        @Nullable Instant heldUntil, @Nullable String checkoutSessionId, @Nullable Instant checkoutExpiresAt,
        @Nullable String paymentIntentId, @Nullable String cancelReason, Instant createdAt, Instant updatedAt,
        @Nullable Instant soldAt, @Nullable Instant deliveredAt, UUID siteId, boolean pickupOffered,
        boolean shippingOffered) {

    /** What the buyer pays: the item, plus shipping when it is shipped. */
    public Money total() {
        return fulfilment == Fulfilment.SHIPPING
                ? new Money(itemPrice.amount().add(shippingPrice.amount()), itemPrice.currency())
                : itemPrice;
    }

    /**
     * Online payment was asked for and Stripe's session is not known yet: the call is under way, or its answer
     * was lost and the payment recovery will ask again.
     */
    public boolean checkoutStarting() {
        return checkoutExpiresAt != null && checkoutSessionId == null;
    }

    /** Waiting for a payment whose start Stripe did not answer: the buyer may ask again while it could be paid. */
    public boolean paymentToResume(Instant now) {
        return status == OrderStatus.AWAITING_PAYMENT && checkoutStarting() && checkoutExpiresAt.isAfter(now);
    }
}
