package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.notification.Notifications;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The centre's side of its orders: confirming payment and hand-over at pickup (which completes a sale
 * paid at pickup), confirming delivery of an item paid online, and cancelling a pickup that did not happen.
 */
@Service
@Validated
public class SellerOrders {

    private final OrderRepository orders;
    private final Sales sales;
    private final Notifications notifications;
    private final Clock clock;

    SellerOrders(OrderRepository orders, Sales sales, Notifications notifications, Clock clock) {
        this.orders = orders;
        this.sales = sales;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The centre's orders past the first minutes of checkout, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Listings.STAFF)
    public List<Order> ordersOf(UUID organisationId, int offset, int limit) {
        return orders.ofSeller(organisationId, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Listings.STAFF)
    public int countOf(UUID organisationId) {
        return orders.countOfSeller(organisationId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Listings.STAFF)
    public Optional<Order> order(UUID organisationId, UUID orderId) {
        return orders.find(orderId).filter(order -> order.sellerOrganisationId().equals(organisationId));
    }

    /**
     * The buyer has the item: paid at pickup and handed over (the sale happens now), or paid online and
     * handed over or delivered.
     */
    @Transactional
    @PreAuthorize(Listings.STAFF)
    public void confirmHandOver(UUID organisationId, UUID orderId) {
        Order order = owned(organisationId, orderId);
        Instant now = clock.instant();
        switch (order.status()) {
            case AWAITING_PICKUP -> sales.recordSale(order, now);
            case PAID -> { }
            default -> throw RefusedException.because("order.error.not-awaiting-hand-over");
        }
        orders.complete(orderId, now);
        notifications.notifyPerson(order.buyerEmail(), "mail.order-completed", List.of(order.number(), order.title()),
                MarketLinks.warranties());
    }

    /**
     * The buyer did not come, or the item cannot be handed over: the order ends and the item is for sale
     * again. The buyer reads the reason, in the order and in an e-mail.
     */
    @Transactional
    @PreAuthorize(Listings.STAFF)
    public void cancelPickup(UUID organisationId, UUID orderId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        Order order = owned(organisationId, orderId);
        if (order.status() != OrderStatus.AWAITING_PICKUP) {
            throw RefusedException.because("order.error.not-awaiting-pickup");
        }
        sales.release(order, OrderStatus.CANCELLED, reason.strip(), clock.instant());
        notifications.notifyPerson(order.buyerEmail(), "mail.order-cancelled-by-seller",
                List.of(order.number(), order.title(), reason.strip()), MarketLinks.order(orderId));
    }

    private Order owned(UUID organisationId, UUID orderId) {
        return orders.lock(orderId).filter(order -> order.sellerOrganisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No order with id " + orderId));
    }
}
