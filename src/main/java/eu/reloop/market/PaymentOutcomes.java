package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.reloop.notification.Notifications;
import eu.reloop.payment.CheckoutCompleted;
import eu.reloop.payment.CheckoutExpired;
import eu.reloop.payment.Payments;

/**
 * What Stripe's signed webhooks decide about orders. Each event reaches here once, but the publication
 * registry may deliver it again after a restart, and Stripe sends them out of order: every handler locks
 * the order and acts only on the state it finds, so a repeat changes nothing.
 */
@Component
class PaymentOutcomes {

    private final OrderRepository orders;
    private final ListingRepository listings;
    private final Sales sales;
    private final Payments payments;
    private final Notifications notifications;
    private final Clock clock;

    PaymentOutcomes(OrderRepository orders, ListingRepository listings, Sales sales, Payments payments,
            Notifications notifications, Clock clock) {
        this.orders = orders;
        this.listings = listings;
        this.sales = sales;
        this.payments = payments;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Paid: the item is sold to this buyer. A payment that arrives after the hold was let go (the buyer
     * paid at the last second, or the events came out of order) is honoured when the item is still free,
     * and refunded in full when someone else has it now.
     */
    @ApplicationModuleListener
    void on(CheckoutCompleted paid) {
        Optional<Order> locked = orders.lock(paid.orderId());
        if (locked.isEmpty()) {
            return;
        }
        Order order = locked.get();
        Instant now = clock.instant();
        switch (order.status()) {
            case RESERVED, AWAITING_PAYMENT -> sell(order, paid, now);
            case EXPIRED, CANCELLED -> {
                // Lock the listing first, as a checkout does, so that no new buyer slips in between.
                boolean onSale = listings.lock(order.listingId())
                        .filter(listing -> listing.status() == ListingStatus.ON_SALE).isPresent();
                boolean free = onSale && orders.liveOfListing(order.listingId()).isEmpty();
                if (free) {
                    sell(order, paid, now);
                } else {
                    refundLatePayment(order, paid, now);
                }
            }
            default -> {
                // Already paid (a repeat), or the buyer paid twice for one order: nothing more to record.
            }
        }
    }

    /** Stripe's session ran out unpaid: the hold ends, unless the order moved on meanwhile. */
    @ApplicationModuleListener
    void on(CheckoutExpired expired) {
        orders.lock(expired.orderId())
                .filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT
                        && expired.sessionId().equals(order.checkoutSessionId()))
                .ifPresent(order -> sales.release(order, OrderStatus.EXPIRED, null, clock.instant()));
    }

    private void sell(Order order, CheckoutCompleted paid, Instant now) {
        orders.markPaid(order.id(), paid.paymentIntentId(), now);
        sales.recordSale(order, now);
        notifications.notifyPerson(order.buyerEmail(), "mail.order-paid", List.of(order.number(), order.title()),
                MarketLinks.order(order.id()));
        notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.order-paid",
                List.of(order.number(), order.title(), order.buyerEmail()), MarketLinks.sellerOrder(order.id()));
    }

    private void refundLatePayment(Order order, CheckoutCompleted paid, Instant now) {
        if (paid.paymentIntentId() != null) {
            payments.refund(paid.paymentIntentId(), paid.amountTotalMinor(), "late-payment-" + order.id());
        }
        orders.recordLatePayment(order.id(), paid.paymentIntentId(), "order.late-payment-refunded", now);
        notifications.notifyPerson(order.buyerEmail(), "mail.order-late-payment-refunded",
                List.of(order.number(), order.title()), MarketLinks.order(order.id()));
    }
}
