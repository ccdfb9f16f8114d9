package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.UserAccounts;
import eu.reloop.notification.Notifications;
import eu.reloop.payment.CheckoutSession;
import eu.reloop.payment.PaymentProviderException;
import eu.reloop.payment.Payments;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnavailableException;
import eu.reloop.shared.UnknownRecordException;

/**
 * The buyer's side of buying: checkout starts with a reservation that holds the item for minutes, so
 * that nobody else can buy it meanwhile; the buyer then reserves it to pay at pickup (held for days,
 * until the centre confirms payment and hand-over) or pays online. Checkouts of one item queue on its
 * listing row, so of any number of buyers at the same instant exactly one gets it. A buyer holds a few
 * items at most, and one who let pickups lapse repeatedly pays online only, for a while.
 *
 * <p>Steps that call Stripe commit their change first and call after, outside any transaction
 * ({@link CheckoutStarts}, {@link Sales#expireSession}); the others run in one transaction each.
 */
@Service
@Validated
public class Checkout {

    private final ListingRepository listings;
    private final OrderRepository orders;
    private final Listings listingRules;
    private final Sales sales;
    private final OrganisationAccess access;
    private final UserAccounts accounts;
    private final Notifications notifications;
    private final Payments payments;
    private final CheckoutStarts starts;
    private final MarketProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Checkout(ListingRepository listings, OrderRepository orders, Listings listingRules, Sales sales,
            OrganisationAccess access, UserAccounts accounts, Notifications notifications, Payments payments,
            CheckoutStarts starts, MarketProperties properties, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.listings = listings;
        this.orders = orders;
        this.listingRules = listingRules;
        this.sales = sales;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.payments = payments;
        this.starts = starts;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Holds the item for the signed-in buyer and returns the order; the same buyer asking again gets the
     * same order back. Refused when someone else holds it, it is sold, it is not for sale, or the buyer
     * holds as many items as one may ({@code reloop.market.max-open-holds}). Reserving is a step the buyer
     * takes on the product page, never a side effect of opening an address.
     */
    @PreAuthorize("isAuthenticated()")
    public UUID reserve(UUID listingId) {
        Reserved reserved = transactions.execute(status -> reserveNow(listingId));
        // The order this one replaces had lapsed: its Stripe session, if any, is closed too.
        reserved.letGo().ifPresent(sales::expireSession);
        return reserved.orderId();
    }

    /** The buyer's order for the item, and the lapsed order it took the place of, if any. */
    private record Reserved(UUID orderId, Optional<Order> letGo) {
    }

    private Reserved reserveNow(UUID listingId) {
        accounts.requireConfirmedEmail();
        String buyer = Buyer.current();
        orders.lockBuyer(buyer);
        Listing listing = listings.lock(listingId).orElseThrow(() -> new UnknownRecordException("No listing with id " + listingId));
        if (access.isStaffOf(listing.organisationId())) {
            throw RefusedException.because("checkout.error.own-item");
        }
        Instant now = clock.instant();
        Optional<Order> live = orders.liveOfListing(listingId);
        Optional<Order> letGo = Optional.empty();
        if (live.isPresent()) {
            Order order = live.get();
            if (lapsed(order, now)) {
                sales.expire(order, now);
                letGo = live;
            } else if (order.buyerEmail().equals(buyer) && order.status() == OrderStatus.RESERVED) {
                return new Reserved(order.id(), letGo);
            } else {
                throw RefusedException.because(order.status().holding() ? "checkout.error.reserved" : "checkout.error.sold");
            }
        }
        if (!listingRules.sellable(listing)) {
            throw RefusedException.because("checkout.error.not-for-sale");
        }
        if (orders.openHoldsOf(buyer, now) >= properties.maxOpenHolds()) {
            throw RefusedException.because("checkout.error.hold-limit", properties.maxOpenHolds());
        }
        Instant until = now.plus(properties.reservation());
        UUID orderId = orders.insertReservation(listing, buyer, until, now);
        listings.hold(listingId, until, now);
        events.publishEvent(new ListingChanged(listingId));
        return new Reserved(orderId, letGo);
    }

    /**
     * Turns the reservation into one to pay at pickup: the item waits for the buyer (three days by
     * default), and the centre confirms payment and hand-over when they come. Refused to a buyer who let
     * {@code reloop.market.lapsed-pickup-limit} such reservations lapse within the last
     * {@code lapsed-pickup-period}: they may still pay online.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void payAtPickup(UUID orderId) {
        Order order = reservation(orderId);
        Listing listing = listings.find(order.listingId()).orElseThrow();
        if (!listing.pickup()) {
            throw RefusedException.because("checkout.error.no-pickup");
        }
        Instant now = clock.instant();
        if (orders.lapsedPickupsOf(order.buyerEmail(), now.minus(properties.lapsedPickupPeriod()))
                >= properties.lapsedPickupLimit()) {
            throw RefusedException.because("checkout.error.pickup-limit", properties.lapsedPickupLimit(),
                    properties.lapsedPickupPeriod().toDays());
        }
        Instant until = now.atZone(ZoneOffset.UTC).plus(properties.pickupHold()).toInstant();
        orders.holdForPickup(orderId, until, now);
        listings.hold(listing.id(), until, now);
        events.publishEvent(new ListingChanged(listing.id()));
        notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.order-pickup",
                List.of(order.number(), order.title(), order.buyerEmail()), MarketLinks.sellerOrder(orderId));
        notifications.notifyPerson(order.buyerEmail(), "mail.order-pickup", List.of(order.number(), order.title()),
                MarketLinks.order(orderId));
    }

    /**
     * Sends the buyer to Stripe Checkout for the item (and shipping, when shipped): the payment goes to the
     * centre's connected account, less the platform fee. From here the hold lasts as long as Stripe's
     * session, and the signed webhook decides whether the item is sold. Refused, changing nothing, when
     * the centre cannot take online payment or a shipping address is missing. The order awaits payment
     * before Stripe is asked (in a transaction of its own), so that no connection waits for Stripe; when
     * Stripe's answer does not come, it stays so, and the buyer goes on to payment from their orders.
     *
     * @throws UnavailableException ({@code checkout.error.payment-pending}) when Stripe did not answer
     */
    @PreAuthorize("isAuthenticated()")
    public CheckoutSession payOnline(UUID orderId, Fulfilment fulfilment,
            @Size(max = TextLimits.ADDRESS) @PrintableText(multiLine = true) @Nullable String shippingAddress) {
        transactions.executeWithoutResult(status -> askForPayment(orderId, fulfilment, shippingAddress));
        try {
            return starts.start(orderId);
        } catch (PaymentProviderException unanswered) {
            if (unanswered.refusedByStripe()) {
                throw unanswered;
            }
            throw new UnavailableException("checkout.error.payment-pending", unanswered.getMessage(), unanswered);
        }
    }

    /**
     * Goes on to Stripe's page for an order whose online payment Stripe did not answer: asking again is safe,
     * as Stripe answers a repeated request with the session it started, or starts it now.
     */
    @PreAuthorize("isAuthenticated()")
    public CheckoutSession resumeOnlinePayment(UUID orderId) {
        Order order = order(orderId).orElseThrow(() -> new UnknownRecordException("No order with id " + orderId));
        if (!order.paymentToResume(clock.instant())) {
            throw RefusedException.because("checkout.error.not-payable");
        }
        return starts.start(orderId);
    }

    private void askForPayment(UUID orderId, Fulfilment fulfilment, @Nullable String shippingAddress) {
        Order order = reservation(orderId);
        String address = shippingAddress == null ? "" : shippingAddress.strip();
        if (fulfilment == Fulfilment.PICKUP ? !order.pickupOffered() : !order.shippingOffered()) {
            throw RefusedException.onField("fulfilment", fulfilment == Fulfilment.PICKUP ? "checkout.error.no-pickup"
                    : "checkout.error.no-shipping");
        }
        // Required only for shipping, so not a rule of the parameter alone.
        if (fulfilment == Fulfilment.SHIPPING && address.isEmpty()) {
            throw RefusedException.onField("shippingAddress", "checkout.error.address");
        }
        if (!payments.canTakeCharges(order.sellerOrganisationId())) {
            throw RefusedException.because("checkout.error.online-unavailable");
        }
        Instant now = clock.instant();
        // Whole seconds, as Stripe takes it: the session's expiry is then exactly the one stored.
        orders.awaitPayment(orderId, fulfilment, fulfilment == Fulfilment.SHIPPING ? address : null,
                now.plus(Payments.CHECKOUT_LIFETIME).truncatedTo(ChronoUnit.SECONDS), now);
    }

    /** Whether the buyer can pay this centre online now. */
    public boolean onlinePaymentFor(UUID sellerOrganisationId) {
        return payments.canTakeCharges(sellerOrganisationId);
    }

    /** The buyer lets go of an order that is not paid yet; its Stripe session is closed once that is committed. */
    @PreAuthorize("isAuthenticated()")
    public void cancel(UUID orderId) {
        Order cancelled = transactions.execute(status -> {
            Order order = Buyer.lockOwnOrder(orders, orderId);
            if (!order.status().holding()) {
                throw RefusedException.because("checkout.error.not-cancellable");
            }
            sales.release(order, OrderStatus.CANCELLED, null, clock.instant());
            if (order.status() == OrderStatus.AWAITING_PICKUP) {
                notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.order-cancelled-by-buyer",
                        List.of(order.number(), order.title()), MarketLinks.sellerOrder(orderId));
            }
            return order;
        });
        sales.expireSession(cancelled);
    }

    /** One of the signed-in buyer's orders. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Order> order(UUID orderId) {
        String buyer = Buyer.current();
        return orders.find(orderId).filter(order -> order.buyerEmail().equals(buyer));
    }

    /**
     * The signed-in buyer's order that holds the listing now, if any: the product page tells the buyer the
     * item waits for them, not for someone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Order> myHoldOn(UUID listingId) {
        String buyer = Buyer.current();
        Instant now = clock.instant();
        return orders.liveOfListing(listingId).filter(order -> order.buyerEmail().equals(buyer)
                && order.status().holding() && !lapsed(order, now));
    }

    /** The signed-in buyer's orders, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Order> myOrders() {
        return orders.ofBuyer(Buyer.current());
    }

    /** A reservation of the buyer's that still holds the item, locked. */
    Order reservation(UUID orderId) {
        Order order = Buyer.lockOwnOrder(orders, orderId);
        if (order.status() != OrderStatus.RESERVED || lapsed(order, clock.instant())) {
            throw RefusedException.because("checkout.error.reservation-lapsed");
        }
        return order;
    }

    static boolean lapsed(Order order, Instant now) {
        return order.status().holding() && order.heldUntil() != null && !order.heldUntil().isAfter(now);
    }
}
