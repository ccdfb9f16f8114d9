package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import eu.reloop.impact.ImpactRecords;
import eu.reloop.notification.Notifications;
import eu.reloop.payment.ChargeRefunded;
import eu.reloop.payment.PaymentProviderException;
import eu.reloop.payment.Payments;
import eu.reloop.payment.RefundFailed;
import eu.reloop.shared.Money;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.Stamps;

/**
 * Returns: within the return window after delivery or pickup the buyer asks to give the item back, and
 * the seller approves or refuses. An approved return is refunded: recorded at once for an order paid at
 * pickup (the money changes hands at the counter), through Stripe for one paid online, final when Stripe
 * confirms. The refund undoes the sale: the order is returned, the warranty ends, the stamp log says
 * so, and the listing waits off sale for the seller to relist it. A warranty claim answered with a refund
 * goes the same way.
 *
 * <p>Stripe is asked after the approval is committed, outside any transaction: an approved online return
 * without a refund id is a refund being started, which the payment recovery asks for again (same key) when
 * Stripe's answer was lost.
 */
@Service
@Validated
public class Returns {

    private static final Logger log = LoggerFactory.getLogger(Returns.class);

    /** Why a returned item's listing is off sale. */
    public static final String RETURNED_REASON = "listing.off-sale.returned";
    private static final int SHOWN_RETURNS = 200;

    private final ReturnRepository returns;
    private final OrderRepository orders;
    private final WarrantyRepository warranties;
    private final ListingRepository listings;
    private final Stamps stamps;
    private final Payments payments;
    private final Notifications notifications;
    private final MarketProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ImpactRecords impact;
    private final Clock clock;

    Returns(ReturnRepository returns, OrderRepository orders, WarrantyRepository warranties, ListingRepository listings,
            Stamps stamps, Payments payments, Notifications notifications, MarketProperties properties,
            ApplicationEventPublisher events, TransactionTemplate transactions, ImpactRecords impact, Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.warranties = warranties;
        this.listings = listings;
        this.stamps = stamps;
        this.payments = payments;
        this.notifications = notifications;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.impact = impact;
        this.clock = clock;
    }

    /** The signed-in buyer asks to return an item they have; the seller is told. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UUID requestReturn(UUID orderId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        Order order = Buyer.lockOwnOrder(orders, orderId);
        @Nullable Instant until = returnableUntil(order);
        if (order.status() == OrderStatus.RETURNED) {
            throw RefusedException.because("return.error.already-returned");
        }
        if (order.status() != OrderStatus.COMPLETED || until == null) {
            throw RefusedException.because("return.error.not-delivered");
        }
        if (clock.instant().isAfter(until)) {
            throw RefusedException.because("return.error.window-passed");
        }
        String why = reason.strip();
        if (returns.ofOrder(orderId).stream().anyMatch(earlier -> earlier.status().open())) {
            throw RefusedException.because("return.error.already-open");
        }
        UUID returnId;
        try {
            returnId = returns.insertRequest(orderId, why, clock.instant());
        } catch (DuplicateKeyException alreadyOpen) {
            throw RefusedException.because("return.error.already-open");
        }
        notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.return-requested",
                List.of(order.number(), order.title(), why), MarketLinks.afterSale());
        notifications.notifyPerson(order.buyerEmail(), "mail.return-requested", List.of(order.number(), order.title()),
                MarketLinks.orderReturn(order.id()));
        return returnId;
    }

    /**
     * Until when the buyer may ask to return the item: the return window from delivery or pickup; null
     * while the buyer does not have it.
     */
    public @Nullable Instant returnableUntil(Order order) {
        return order.deliveredAt() == null ? null
                : order.deliveredAt().atZone(ZoneOffset.UTC).plus(properties.returnWindow()).toInstant();
    }

    /**
     * The seller takes the item back and refunds it: recorded at once for an order paid at pickup (the
     * staff hand the money back), started through Stripe for one paid online once the approval is committed.
     */
    @PreAuthorize(Listings.STAFF)
    public void approveReturn(UUID organisationId, UUID returnId) {
        boolean refundOnline = Boolean.TRUE.equals(transactions.execute(status -> {
            OrderReturn request = requested(organisationId, returnId);
            Order order = orders.lock(request.orderId()).orElseThrow();
            Instant now = clock.instant();
            if (!returns.answer(returnId, ReturnStatus.APPROVED, null, now)) {
                throw RefusedException.because("return.error.answered");
            }
            return refundOwedOnline(returnId, order, now);
        }));
        if (refundOnline) {
            startRefund(returnId);
        }
    }

    /** The seller keeps the sale as it is, and tells the buyer why. */
    @Transactional
    @PreAuthorize(Listings.STAFF)
    public void refuseReturn(UUID organisationId, UUID returnId,
            @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String answer) {
        String why = answer.strip();
        OrderReturn request = requested(organisationId, returnId);
        Order order = orders.lock(request.orderId()).orElseThrow();
        if (!returns.answer(returnId, ReturnStatus.REFUSED, why, clock.instant())) {
            throw RefusedException.because("return.error.answered");
        }
        notifications.notifyPerson(order.buyerEmail(), "mail.return-refused", List.of(order.number(), order.title(), why),
                MarketLinks.orderReturn(order.id()));
        notifications.notifyOrganisation(organisationId, "notice.return-refused", List.of(order.number(), order.title()),
                MarketLinks.afterSale());
    }

    /**
     * Stripe confirmed the refund of an online payment ({@code charge.refunded}): the return is complete.
     * Called on the payment module's {@link ChargeRefunded}; a repeated or unrelated confirmation changes nothing.
     * Not public: it checks no caller, as only Stripe's signed webhook may say a refund went through.
     */
    @Transactional
    void refundConfirmed(String paymentIntentId) {
        orders.lockByPaymentIntent(paymentIntentId).ifPresent(order -> returns.ofOrder(order.id()).stream()
                .filter(pending -> pending.status() == ReturnStatus.APPROVED).findFirst()
                .ifPresent(pending -> refunded(pending.id(), order, clock.instant())));
    }

    /** Stripe's {@code charge.refunded}; a refund that is no return's (a late payment's) changes nothing here. */
    @ApplicationModuleListener
    void on(ChargeRefunded refunded) {
        refundConfirmed(refunded.paymentIntentId());
    }

    /**
     * Stripe could not pay a return's refund back to the card. The return goes ahead (the item comes back,
     * the warranty ends; {@code charge.refunded} may have seen to that already), the seller gets the amount
     * back from ReLoop's balance (once that is committed) and is asked to pay the buyer another way. Taken in
     * once, however often Stripe reports it. Not public, like {@link #refundConfirmed}: only the signed webhook
     * may say so.
     */
    void refundFailed(String paymentIntentId, String refundId) {
        Optional<UUID> repayable = transactions.execute(status -> {
            Optional<Order> paid = orders.lockByPaymentIntent(paymentIntentId);
            Optional<OrderReturn> owed = paid.stream().flatMap(order -> returns.ofOrder(order.id()).stream())
                    .filter(found -> refundId.equals(found.refundId()))
                    .filter(found -> found.status() != ReturnStatus.REQUESTED && found.status() != ReturnStatus.REFUSED)
                    .findFirst();
            if (owed.isEmpty()) {
                // A late payment's refund (PaymentOutcomes): no return waits for it, and the buyer still does.
                log.warn("Stripe could not pay refund {} of payment {}, which no open return is waiting for", refundId,
                        paymentIntentId);
                return Optional.<UUID>empty();
            }
            return owedBySeller(paid.orElseThrow(), owed.get(), clock.instant()) ? Optional.of(owed.get().id())
                    : Optional.<UUID>empty();
        });
        repayable.ifPresent(this::repayFailedRefund);
    }

    /** Outside the webhook's transaction, as it calls Stripe; Spring Modulith delivers it again should it fail. */
    @Async
    @TransactionalEventListener
    void on(RefundFailed failed) {
        refundFailed(failed.paymentIntentId(), failed.refundId());
    }

    /**
     * Gives the seller back, from ReLoop's balance, what a refund Stripe could not pay took from them; outside any
     * transaction. The key is the return's, so that the recovery asking again never pays twice.
     */
    void repayFailedRefund(UUID returnId) {
        Optional<OrderReturn> owed = returns.transferOwed(returnId);
        if (owed.isEmpty()) {
            return;
        }
        OrderReturn failed = owed.get();
        String transferId;
        try {
            transferId = payments.returnFailedRefund(failed.sellerOrganisationId(), failed.amount().minorUnits(),
                    failed.amount().currency().getCurrencyCode(), "failed-refund-" + returnId);
        } catch (PaymentProviderException unanswered) {
            // Logged by the payment module; the payment recovery asks again with the same key.
            return;
        }
        returns.recordFailedRefundTransfer(returnId, transferId);
    }

    /**
     * Starts the refund of an approved return of an order paid online, outside any transaction; Stripe's
     * {@code charge.refunded} webhook says when it went through. Unanswered, the return stays a refund being
     * started, and the payment recovery asks again with the same key; refused by Stripe (the charge refunded
     * or disputed already), the seller owes the buyer the money, as when a refund fails.
     */
    void startRefund(UUID returnId) {
        Optional<OrderReturn> starting = returns.refundStarting(returnId);
        if (starting.isEmpty()) {
            return;
        }
        Order order = orders.find(starting.get().orderId()).orElseThrow();
        String paymentIntentId = order.paymentIntentId();
        if (paymentIntentId == null) {
            throw new IllegalStateException("Order " + order.number() + " was paid online but names no Stripe payment");
        }
        String refundId;
        try {
            // The same key for every attempt at one refund, so that asking again never pays twice.
            refundId = payments.refund(paymentIntentId, order.total().minorUnits(), "return-" + returnId);
        } catch (PaymentProviderException failed) {
            if (failed.refusedByStripe()) {
                transactions.executeWithoutResult(status -> refundRefused(returnId));
            }
            return;
        }
        transactions.executeWithoutResult(status -> refundStarted(returnId, refundId));
    }

    private void refundStarted(UUID returnId, String refundId) {
        Order order = orders.lock(returns.find(returnId).orElseThrow().orderId()).orElseThrow();
        // Stripe's charge.refunded may have completed the return meanwhile; its id is recorded all the same.
        if (returns.attachRefund(returnId, refundId)
                && returns.find(returnId).orElseThrow().status() == ReturnStatus.APPROVED) {
            notifications.notifyPerson(order.buyerEmail(), "mail.return-refund-started",
                    List.of(order.number(), order.title()), MarketLinks.orderReturn(order.id()));
            notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.return-refund-started",
                    List.of(order.number(), order.title()), MarketLinks.afterSale());
        }
    }

    private void refundRefused(UUID returnId) {
        Order order = orders.lock(returns.find(returnId).orElseThrow().orderId()).orElseThrow();
        returns.refundStarting(returnId).ifPresent(refused -> owedBySeller(order, refused, clock.instant()));
    }

    /**
     * The return goes ahead without Stripe's refund: the item comes back (unless that was done), the seller owes
     * the buyer the money, and both are told. False when this was taken in before.
     */
    private boolean owedBySeller(Order order, OrderReturn owed, Instant now) {
        if (!returns.markRefundFailed(owed.id(), now)) {
            return false;
        }
        if (owed.status() == ReturnStatus.APPROVED) {
            takeBack(order, now);
        }
        notifications.notifyPerson(order.buyerEmail(), "mail.return-refund-failed",
                List.of(order.number(), order.title()), MarketLinks.orderReturn(order.id()));
        notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.return-refund-failed",
                List.of(order.number(), order.title()), MarketLinks.afterSale());
        return true;
    }

    /** The seller paid back, in cash or by bank transfer, a refund Stripe could not: the return is complete. */
    @Transactional
    @PreAuthorize(Listings.STAFF)
    public void recordRefundPaid(UUID organisationId, UUID returnId) {
        OrderReturn owed = returns.find(returnId).filter(found -> found.sellerOrganisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No return with id " + returnId));
        Order order = orders.lock(owed.orderId()).orElseThrow();
        if (returns.lock(returnId).orElseThrow().status() != ReturnStatus.REFUND_FAILED) {
            throw RefusedException.because("return.error.no-refund-owed");
        }
        returns.markRefunded(returnId, clock.instant());
        toldRefunded(order);
    }

    /** The centre's returns, open ones first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Listings.STAFF)
    public List<OrderReturn> returnsOf(UUID organisationId) {
        return returns.ofSeller(organisationId, SHOWN_RETURNS);
    }

    /** The latest return of one of the signed-in buyer's orders. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OrderReturn> returnOf(UUID orderId) {
        String buyer = Buyer.current();
        return returns.ofOrder(orderId).stream().filter(found -> found.buyerEmail().equals(buyer)).findFirst();
    }

    /**
     * Refunds a claim's order as an approved return; the caller has locked the order and checked the claim.
     * Returns the return's id when the order was paid online: the caller starts its refund after committing.
     */
    Optional<UUID> refundClaim(Order order, UUID claimId, String description, String answer, Instant now) {
        if (order.status() != OrderStatus.COMPLETED && order.status() != OrderStatus.PAID) {
            throw RefusedException.onField("outcome", "claim.error.not-refundable");
        }
        if (returns.ofOrder(order.id()).stream().anyMatch(open -> open.status().open())) {
            throw RefusedException.onField("outcome", "claim.error.return-open");
        }
        UUID returnId = returns.insertApprovedForClaim(order.id(), claimId, description, answer, now);
        return refundOwedOnline(returnId, order, now) ? Optional.of(returnId) : Optional.empty();
    }

    /**
     * Refunds an approved return paid at pickup at once. True when the order was paid online: its refund is
     * started through Stripe ({@link #startRefund}) once the approval is committed, and final when Stripe confirms.
     */
    private boolean refundOwedOnline(UUID returnId, Order order, Instant now) {
        if (order.paymentMethod() == PaymentMethod.ONLINE) {
            return true;
        }
        refunded(returnId, order, now);
        return false;
    }

    private void refunded(UUID returnId, Order order, Instant now) {
        returns.markRefunded(returnId, now);
        takeBack(order, now);
        toldRefunded(order);
    }

    /** The sale is undone: the order is returned, its warranty ends, and the item is the seller's again. */
    private void takeBack(Order order, Instant now) {
        orders.markReturned(order.id(), now);
        warranties.ofOrder(order.id()).ifPresent(warranty -> warranties.end(warranty.id(), now));
        stamps.recordMarketEvent(new StampCode(order.stampCode()), StampEvent.RETURNED, Map.of("order", order.number()));
        impact.voidReuse(order.number(), now);
        backOnTheShelf(order, now);
    }

    private void toldRefunded(Order order) {
        Money amount = order.total();
        notifications.notifyPerson(order.buyerEmail(), "mail.return-refunded", List.of(order.number(), order.title(), amount),
                MarketLinks.orderReturn(order.id()));
        notifications.notifyOrganisation(order.sellerOrganisationId(), "notice.return-refunded",
                List.of(order.number(), order.title(), amount), MarketLinks.afterSale());
    }

    /**
     * The item is the seller's again, off sale until they relist it (which checks its stamp and their
     * certificate again). Should the seller have listed the same item anew meanwhile, that listing stays
     * the live one and the sold one is closed.
     */
    private void backOnTheShelf(Order order, Instant now) {
        boolean listedAnew = !listings.liveOfStamp(order.stampCode()).isEmpty();
        listings.setStatus(order.listingId(), listedAnew ? ListingStatus.WITHDRAWN : ListingStatus.OFF_SALE,
                RETURNED_REASON, now);
        events.publishEvent(new ListingChanged(order.listingId()));
    }

    private OrderReturn requested(UUID organisationId, UUID returnId) {
        OrderReturn found = returns.find(returnId).filter(request -> request.sellerOrganisationId().equals(organisationId))
                .orElseThrow(() -> new UnknownRecordException("No return with id " + returnId));
        if (found.status() != ReturnStatus.REQUESTED) {
            throw RefusedException.because("return.error.answered");
        }
        return found;
    }
}
