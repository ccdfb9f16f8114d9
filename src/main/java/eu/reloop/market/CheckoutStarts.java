package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.payment.CheckoutRequest;
import eu.reloop.payment.CheckoutSession;
import eu.reloop.payment.PaymentProviderException;
import eu.reloop.payment.Payments;
import eu.reloop.shared.RefusedException;

/**
 * Stripe Checkout for an order whose start {@link Checkout#payOnline} has committed (the order awaits payment, the
 * session's expiry fixed): the session is asked of Stripe with no transaction open, and the answer committed
 * after. The idempotency key is the order's and the request is built from the order the same way every time,
 * so asking again after a lost answer (the buyer going on to payment, the payment recovery) gets the same
 * session, never a second one.
 */
@Component
class CheckoutStarts {

    private final OrderRepository orders;
    private final ListingRepository listings;
    private final Sales sales;
    private final Payments payments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckoutStarts(OrderRepository orders, ListingRepository listings, Sales sales, Payments payments,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.listings = listings;
        this.sales = sales;
        this.payments = payments;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Asks Stripe for the order's session and settles the order with the answer: held as long as the session
     * can be paid while the order still awaits payment; otherwise (it lapsed or was let go meanwhile) the
     * session is closed again. Stripe turning the checkout down makes the order a reservation again.
     *
     * @throws RefusedException when Stripe or the rules turn the checkout down, or the order has let go
     * @throws PaymentProviderException when Stripe's answer is unknown: the start stays for the recovery
     */
    CheckoutSession start(UUID orderId) {
        Order order = orders.find(orderId).filter(found -> found.checkoutExpiresAt() != null)
                .orElseThrow(() -> RefusedException.because("checkout.error.reservation-lapsed"));
        CheckoutSession session;
        try {
            session = payments.startCheckout(request(order));
        } catch (RefusedException refused) {
            undo(orderId);
            throw refused;
        } catch (PaymentProviderException failed) {
            if (failed.refusedByStripe()) {
                undo(orderId);
            }
            throw failed;
        }
        if (!Boolean.TRUE.equals(transactions.execute(status -> settle(orderId, session)))) {
            sales.expireSession(session.sessionId(), order.number());
            throw RefusedException.because("checkout.error.reservation-lapsed");
        }
        return session;
    }

    /**
     * Finishes a start whose answer was lost: asks Stripe again while its session could still be paid; after
     * that, nothing can be paid on it any more, and an order still waiting for it lets the item go (a payment
     * made meanwhile reaches the webhook as a late one).
     */
    void finish(UUID orderId) {
        Optional<Order> starting = orders.find(orderId).filter(Order::checkoutStarting);
        if (starting.isEmpty()) {
            return;
        }
        if (starting.get().checkoutExpiresAt().isAfter(clock.instant())) {
            try {
                start(orderId);
            } catch (RefusedException settled) {
                // Turned down, the start was undone; come too late, its session was closed. Nothing is left either way.
            }
            return;
        }
        transactions.executeWithoutResult(status -> orders.lock(orderId).filter(Order::checkoutStarting).ifPresent(order -> {
            if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                sales.expire(order, clock.instant());
            }
            orders.forgetCheckoutStart(orderId);
        }));
    }

    /** True when the order still awaits this payment; a session that came too late is recorded, to be closed. */
    private boolean settle(UUID orderId, CheckoutSession session) {
        Order order = orders.lock(orderId).orElseThrow();
        Instant now = clock.instant();
        if (session.sessionId().equals(order.checkoutSessionId())) {
            return order.status() == OrderStatus.AWAITING_PAYMENT;
        }
        if (!order.checkoutStarting()) {
            return false;
        }
        if (order.status() != OrderStatus.AWAITING_PAYMENT || Checkout.lapsed(order, now)) {
            if (order.status().holding()) {
                sales.expire(order, now);
            }
            orders.attachCheckoutSession(orderId, session.sessionId(), null, now);
            return false;
        }
        // The buyer is on Stripe's page now: nobody else may buy the item while they can still pay for it.
        Instant until = order.heldUntil() != null && order.heldUntil().isAfter(session.expiresAt())
                ? order.heldUntil() : session.expiresAt();
        orders.attachCheckoutSession(orderId, session.sessionId(), until, now);
        listings.hold(order.listingId(), until, now);
        events.publishEvent(new ListingChanged(order.listingId()));
        return true;
    }

    /** Stripe turned the checkout down, so none exists: the order is as it was before payment was asked for. */
    private void undo(UUID orderId) {
        transactions.executeWithoutResult(status -> orders.lock(orderId).filter(Order::checkoutStarting).ifPresent(order -> {
            if (order.status() == OrderStatus.AWAITING_PAYMENT) {
                orders.revertToReservation(orderId, clock.instant());
            } else {
                orders.forgetCheckoutStart(orderId);
            }
        }));
    }

    private static CheckoutRequest request(Order order) {
        return new CheckoutRequest(order.id(), order.sellerOrganisationId(), order.title() + " (" + order.number() + ")",
                order.total(), order.buyerEmail(), MarketLinks.order(order.id()), MarketLinks.order(order.id()),
                order.checkoutExpiresAt());
    }
}
