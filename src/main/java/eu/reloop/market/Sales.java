package eu.reloop.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import eu.reloop.directory.Organisations;
import eu.reloop.impact.ImpactRecords;
import eu.reloop.directory.SitePlace;
import eu.reloop.directory.SiteTimeZones;
import eu.reloop.notification.Notifications;
import eu.reloop.payment.PaymentProviderException;
import eu.reloop.payment.Payments;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.Stamps;

/**
 * What every way of buying shares: recording a sale (the item off the market, "sold" in the stamp log,
 * the warranty registered to the buyer) and letting an order go (the item back on sale). Callers run it
 * in their transaction, with the order locked, after their own checks of who may do it; all but
 * {@link #expireSession}, which calls Stripe and so runs after that transaction has committed.
 */
@Component
class Sales {

    private final ListingRepository listings;
    private final OrderRepository orders;
    private final WarrantyRepository warranties;
    private final Stamps stamps;
    private final Organisations organisations;
    private static final Logger log = LoggerFactory.getLogger(Sales.class);

    private final Notifications notifications;
    private final Payments payments;
    private final ApplicationEventPublisher events;
    private final ImpactRecords impact;

    Sales(ListingRepository listings, OrderRepository orders, WarrantyRepository warranties, Stamps stamps,
            Organisations organisations, Notifications notifications, Payments payments,
            ApplicationEventPublisher events, ImpactRecords impact) {
        this.listings = listings;
        this.orders = orders;
        this.warranties = warranties;
        this.stamps = stamps;
        this.organisations = organisations;
        this.notifications = notifications;
        this.payments = payments;
        this.events = events;
        this.impact = impact;
    }

    void recordSale(Order order, Instant now) {
        Listing listing = listings.find(order.listingId()).orElseThrow();
        listings.setStatus(listing.id(), ListingStatus.SOLD, null, now);
        listings.hold(listing.id(), null, now);
        StampCode code = new StampCode(order.stampCode());
        stamps.recordMarketEvent(code, StampEvent.SOLD, Map.of("order", order.number()));
        // The warranty runs in whole days of the seller's country, from the day of the sale.
        ZoneId zone = zoneOf(listing);
        LocalDate start = LocalDate.ofInstant(now, zone);
        int months = stamps.stamp(code).orElseThrow().warrantyMonths();
        warranties.insert(order, start, start.plusMonths(months), zone);
        impact.recordReuse(order.number(), listing.category(), listing.organisationId(), listing.siteId(),
                order.buyerEmail(), now);
        events.publishEvent(new ListingChanged(listing.id()));
    }

    void release(Order order, OrderStatus status, @Nullable String reason, Instant now) {
        orders.close(order.id(), status, reason, now);
        listings.hold(order.listingId(), null, now);
        events.publishEvent(new ListingChanged(order.listingId()));
    }

    /**
     * The order's hold ran out; a buyer who was to pick the item up, and the centre, are told. The caller
     * expires the order's Stripe session once this is committed.
     */
    void expire(Order order, Instant now) {
        release(order, OrderStatus.EXPIRED, null, now);
        if (order.status() == OrderStatus.AWAITING_PICKUP) {
            notifications.notifyPerson(order.buyerEmail(), "mail.order-pickup-expired",
                    List.of(order.number(), order.title()), MarketLinks.order(order.id()));
            notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.order-pickup-expired",
                    List.of(order.number(), order.title()), MarketLinks.sellerOrder(order.id()));
        }
    }

    /**
     * Closes the Stripe session of an order that let go, so that the buyer can no longer pay for the item. Outside
     * any transaction. A session still being started is closed by whoever learns of it (CheckoutStarts).
     */
    void expireSession(Order order) {
        if (order.checkoutSessionId() != null) {
            expireSession(order.checkoutSessionId(), order.number());
        }
    }

    void expireSession(String sessionId, String orderNumber) {
        try {
            payments.expireCheckout(sessionId);
        } catch (PaymentProviderException unreachable) {
            // Stripe's session runs out by itself; a payment that still arrives is refunded or honoured then.
            log.warn("Could not expire Stripe session {} of order {}", sessionId, orderNumber);
        }
    }

    /** The zone of the seller's country, where the warranty's days are counted. */
    private ZoneId zoneOf(Listing listing) {
        @Nullable SitePlace place = organisations.sitePlaces(List.of(listing.siteId())).get(listing.siteId());
        return place == null ? ZoneOffset.UTC : SiteTimeZones.of(place.country());
    }
}
