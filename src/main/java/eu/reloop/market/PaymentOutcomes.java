package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.notification.Notifications;
import eu.reloop.payment.CheckoutCompleted;
import eu.reloop.payment.CheckoutExpired;
import eu.reloop.payment.PaymentProviderException;
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
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentOutcomes(OrderRepository orders, ListingRepository listings, Sales sales, Payments payments,
            Notifications notifications, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.listings = listings;
        this.sales = sales;
        this.payments = payments;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Paid: the item is sold to this buyer. A payment that arrives after the hold was let go (the buyer
     * paid at the last second, or the events came out of order) is honoured when the item is still free,
     * and refunded in full when someone else has it now: recorded first, refunded through Stripe after that
     * commits, outside the transaction (as a listener of its own, not a module listener, which would hold one).
     */
    @Async
    @TransactionalEventListener
    void on(CheckoutCompleted paid) {
        if (Boolean.TRUE.equals(transactions.execute(status -> recordPayment(paid)))) {
            refundLatePayment(paid.orderId());
        }
    }

    /** True when the payment came too late and is to be refunded. */
    private boolean recordPayment(CheckoutCompleted paid) {
        Optional<Order> locked = orders.lock(paid.orderId());
        if (locked.isEmpty()) {
            return false;
        }
        Order order = locked.get();
        Instant now = clock.instant();
        switch (order.status()) {
            case RESERVED, AWAITING_PAYMENT -> sell(order, paid, now);
            case EXPIRED, CANCELLED -> {
                if (order.paymentIntentId() != null) {
                    // Recorded as late already (a repeat): its refund is being seen to.
                    return false;
                }
                // Lock the listing first, as a checkout does, so that no new buyer slips in between.
                boolean onSale = listings.lock(order.listingId())
                        .filter(listing -> listing.status() == ListingStatus.ON_SALE).isPresent();
                boolean free = onSale && orders.liveOfListing(order.listingId()).isEmpty();
                if (free) {
                    sell(order, paid, now);
                } else {
                    orders.recordLatePayment(order.id(), paid.paymentIntentId(), "order.late-payment-refunded", now);
                    return paid.paymentIntentId() != null;
                }
            }
            default -> {
                // Already paid (a repeat), or the buyer paid twice for one order: nothing more to record.
            }
        }
        return false;
    }

    /** Stripe's session ran out unpaid: the hold ends, unless the order moved on meanwhile. */
    @ApplicationModuleListener
    void on(CheckoutExpired expired) {
        orders.lock(expired.orderId())
                .filter(order -> order.status() == OrderStatus.AWAITING_PAYMENT
                        && expired.sessionId().equals(order.checkoutSessionId()))
                .ifPresent(order -> sales.release(order, OrderStatus.EXPIRED, null, clock.instant()));
    }

    /**
     * Refunds in full a late payment recorded on the order, outside any transaction, and tells the buyer. The
     * key is the order's, so that the payment recovery asking again after a lost answer never refunds twice.
     */
    void refundLatePayment(UUID orderId) {
        Optional<Order> owed = orders.lateRefundOwed(orderId);
        if (owed.isEmpty()) {
            return;
        }
        Order order = owed.get();
        String refundId;
        try {
            refundId = payments.refund(order.paymentIntentId(), order.total().minorUnits(), "late-payment-" + order.id());
        } catch (PaymentProviderException unanswered) {
            // Logged by the payment module; the payment recovery asks again with the same key.
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (orders.recordLateRefund(order.id(), refundId)) {
                notifications.notifyPerson(order.buyerEmail(), "mail.order-late-payment-refunded",
                        List.of(order.number(), order.title()), MarketLinks.order(order.id()));
            }
        });
    }

    private void sell(Order order, CheckoutCompleted paid, Instant now) {
        orders.markPaid(order.id(), paid.paymentIntentId(), now);
        sales.recordSale(order, now);
        notifications.notifyPerson(order.buyerEmail(), "mail.order-paid", List.of(order.number(), order.title()),
                MarketLinks.order(order.id()));
        notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.order-paid",
                List.of(order.number(), order.title(), order.buyerEmail()), MarketLinks.sellerOrder(order.id()));
    }
}
