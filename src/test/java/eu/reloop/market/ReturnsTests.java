package eu.reloop.market;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.payment.FakeStripe;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampEvent;

@IntegrationTest
class ReturnsTests {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    SoldItems sold;

    @Autowired
    Returns returns;

    @Autowired
    Checkout checkout;

    @Autowired
    Listings listings;

    @Autowired
    ReturnRepository returnRecords;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    Centre centre;
    String buyer;

    @BeforeEach
    void aCentreAndABuyer() {
        centre = setup.certifiedCentre("Returns Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        buyer = setup.consumer();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReturnWithinThirtyDaysIsRefundedAtTheCounterAndTheItemCanBeSoldAgain() {
        Order order = sold.paidAtPickup(centre, buyer);
        clock.advance(Duration.ofDays(29));

        UUID returnId = as(buyer, () -> returns.requestReturn(order.id(), "  The screen flickers.  "));
        OrderReturn requested = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(requested.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(requested.reason()).isEqualTo("The screen flickers.");
        assertThat(asStaff(centre, () -> returns.returnsOf(centre.organisationId()))).extracting(OrderReturn::id)
                .containsExactly(returnId);

        approve(centre, returnId);

        OrderReturn refunded = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(refunded.status()).isEqualTo(ReturnStatus.REFUNDED);
        assertThat(refunded.refundedAt()).isNotNull();
        assertThat(refunded.refundId()).as("handed back at the counter, not through Stripe").isNull();
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
        Warranty warranty = sold.warrantyOf(buyer, order);
        assertThat(warranty.endedAt()).isNotNull();
        assertThat(warranty.inForceOn(LocalDate.now())).isFalse();
        assertThat(sold.stampEvents(order)).containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.RETURNED);
        Listing back = asStaff(centre, () -> listings.listing(order.listingId())).orElseThrow();
        assertThat(back.status()).isEqualTo(ListingStatus.OFF_SALE);
        assertThat(back.offSaleReason()).isEqualTo(Returns.RETURNED_REASON);
        assertRefused(buyer, () -> returns.requestReturn(order.id(), "Again"), "return.error.already-returned");

        asStaff(centre, () -> {
            listings.relist(centre.organisationId(), order.listingId());
            return null;
        });
        String next = setup.consumer();
        UUID resale = as(next, () -> checkout.reserve(order.listingId()));
        assertThat(as(next, () -> checkout.order(resale)).orElseThrow().status()).isEqualTo(OrderStatus.RESERVED);
    }

    @Test
    void aReturnNeedsAReasonAndIsRefusedAfterThirtyDays() {
        Order order = sold.paidAtPickup(centre, buyer);
        assertRefusedOn("reason", () -> as(buyer, () -> returns.requestReturn(order.id(), " ")));
        clock.advance(Duration.ofDays(31));
        assertRefused(buyer, () -> returns.requestReturn(order.id(), "Changed my mind"), "return.error.window-passed");
        assertThat(as(buyer, () -> returns.returnOf(order.id()))).isEmpty();
    }

    @Test
    void onlyTheBuyerAsksAndOnlyTheSellerAnswersWithAReasonForARefusal() {
        Order order = sold.paidAtPickup(centre, buyer);
        assertThatThrownBy(() -> as(setup.consumer(), () -> returns.requestReturn(order.id(), "Not mine")))
                .isInstanceOf(UnknownRecordException.class);
        UUID returnId = as(buyer, () -> returns.requestReturn(order.id(), "Battery drains in an hour"));
        assertRefused(buyer, () -> returns.requestReturn(order.id(), "Once more"), "return.error.already-open");

        Centre other = setup.certifiedCentre("Other Returns Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> approve(other, returnId)).isInstanceOf(UnknownRecordException.class);
        assertRefusedOn("answer", () -> asStaff(centre, () -> {
            returns.refuseReturn(centre.organisationId(), returnId, "  ");
            return null;
        }));
        asStaff(centre, () -> {
            returns.refuseReturn(centre.organisationId(), returnId, "The battery tested at 91 %.");
            return null;
        });

        OrderReturn refused = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(refused.status()).isEqualTo(ReturnStatus.REFUSED);
        assertThat(refused.answer()).isEqualTo("The battery tested at 91 %.");
        assertThatThrownBy(() -> approve(centre, returnId)).isInstanceOfSatisfying(RefusedException.class,
                answered -> assertThat(answered.messageKey()).isEqualTo("return.error.answered"));
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(as(buyer, () -> returns.requestReturn(order.id(), "It drains again"))).as("asked anew").isNotNull();
    }

    @Test
    void anOnlineOrderIsRefundedThroughStripeAndReturnedWhenStripeConfirms() {
        String paymentIntent = "pi_test_" + UUID.randomUUID().toString().substring(0, 8);
        Order order = sold.paidOnline(centre, buyer, paymentIntent);
        UUID returnId = as(buyer, () -> returns.requestReturn(order.id(), "Wrong colour"));
        String refundId = FakeStripe.stubRefund(paymentIntent);

        approve(centre, returnId);

        OrderReturn approved = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(approved.status()).isEqualTo(ReturnStatus.APPROVED);
        assertThat(approved.refundId()).isEqualTo(refundId);
        assertThat(FakeStripe.requests("/v1/refunds")).filteredOn(sent -> paymentIntent.equals(sent.form().get("payment_intent")))
                .singleElement().satisfies(sent -> {
                    assertThat(sent.form()).containsEntry("amount", "199000");
                    assertThat(sent.idempotencyKey()).isEqualTo("return-" + returnId);
                });
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);

        String refunded = FakeStripe.event("charge.refunded", Instant.now(),
                FakeStripe.refundedCharge(paymentIntent, 199_000, order.id()));
        assertThat(FakeStripe.deliver(port, refunded).statusCode()).isEqualTo(200);

        await().untilAsserted(() -> assertThat(as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status())
                .isEqualTo(ReturnStatus.REFUNDED));
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
        TestSecurity.asAdmin(() -> returns.refundConfirmed(paymentIntent));
        assertThat(sold.stampEvents(order)).as("returned once, however often Stripe says so")
                .containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.RETURNED);
    }

    @Test
    void aRefundStripeCannotPayBackIsOwedUntilTheSellerRecordsPayingItAnotherWay() {
        String account = setup.connectToStripe(centre);
        ApprovedReturn approved = approvedOnlineReturn("Wrong size");
        Order order = approved.order();
        UUID returnId = approved.returnId();
        String paymentIntent = approved.paymentIntent();
        // Stripe first reports the charge refunded, then that the refund failed (the card was closed).
        FakeStripe.deliver(port, FakeStripe.event("charge.refunded", Instant.now(),
                FakeStripe.refundedCharge(paymentIntent, 199_000, order.id())));
        await().until(() -> as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status() == ReturnStatus.REFUNDED);

        FakeStripe.deliver(port, FakeStripe.event("charge.refund.updated", Instant.now(),
                FakeStripe.failedRefund(approved.refundId(), paymentIntent)));

        await().untilAsserted(() -> assertThat(as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status())
                .isEqualTo(ReturnStatus.REFUND_FAILED));
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
        // The refund had taken the money from the seller; ReLoop gives it back for them to pay the buyer (asking
        // Stripe once the failure is recorded).
        await().untilAsserted(() -> assertThat(FakeStripe.requests("/v1/transfers"))
                .filteredOn(sent -> account.equals(sent.form().get("destination")))
                .singleElement().satisfies(sent -> {
                    assertThat(sent.form()).containsEntry("amount", "199000").containsEntry("currency", "nok");
                    assertThat(sent.idempotencyKey()).isEqualTo("failed-refund-" + returnId);
                }));
        Centre other = setup.certifiedCentre("Other Refund Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> recordRefundPaid(other, returnId)).isInstanceOf(UnknownRecordException.class);

        recordRefundPaid(centre, returnId);

        OrderReturn paid = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(paid.status()).isEqualTo(ReturnStatus.REFUNDED);
        assertThat(paid.refundedAt()).isNotNull();
        assertThatThrownBy(() -> recordRefundPaid(centre, returnId)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("return.error.no-refund-owed"));
        assertThat(sold.stampEvents(order)).containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.RETURNED);

        // Stripe reports the same failure again, in another event, days later; a failure of a refund that is
        // not this return's changes nothing either. The seller has paid: it stays refunded, told once.
        TestSecurity.asAdmin(() -> returns.refundFailed(paymentIntent, approved.refundId()));
        TestSecurity.asAdmin(() -> returns.refundFailed(paymentIntent, "re_someone_elses"));
        assertThat(as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status()).isEqualTo(ReturnStatus.REFUNDED);
        assertThat(FakeStripe.requests("/v1/transfers")).filteredOn(sent -> account.equals(sent.form().get("destination")))
                .hasSize(1);
    }

    @Test
    void aRefundThatFailsBeforeStripeReportsTheChargeRefundedStillTakesTheItemBack() {
        setup.connectToStripe(centre);
        ApprovedReturn approved = approvedOnlineReturn("Not as described");
        Order order = approved.order();
        String paymentIntent = approved.paymentIntent();

        FakeStripe.deliver(port, FakeStripe.event("refund.failed", Instant.now(),
                FakeStripe.failedRefund(approved.refundId(), paymentIntent)));

        await().untilAsserted(() -> assertThat(as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status())
                .isEqualTo(ReturnStatus.REFUND_FAILED));
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(sold.stampEvents(order)).containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.RETURNED);
        // A late "refunded" for the same charge changes nothing: the refund is still owed.
        TestSecurity.asAdmin(() -> returns.refundConfirmed(paymentIntent));
        assertThat(as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status()).isEqualTo(ReturnStatus.REFUND_FAILED);
    }

    @Test
    void aRefundStripeTurnsDownIsOwedByTheSellerAndTakesNothingFromThem() {
        String paymentIntent = "pi_test_" + UUID.randomUUID().toString().substring(0, 8);
        Order order = sold.paidOnline(centre, buyer, paymentIntent);
        UUID returnId = as(buyer, () -> returns.requestReturn(order.id(), "Refunded in Stripe's dashboard already"));
        FakeStripe.stubRefundRefused(paymentIntent);

        approve(centre, returnId);

        OrderReturn owed = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(owed.status()).isEqualTo(ReturnStatus.REFUND_FAILED);
        assertThat(owed.refundId()).isNull();
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(returnRecords.transferOwed(returnId)).as("no refund took the money from the seller").isEmpty();
        recordRefundPaid(centre, returnId);
        assertThat(as(buyer, () -> returns.returnOf(order.id())).orElseThrow().status()).isEqualTo(ReturnStatus.REFUNDED);
    }

    /** An order paid online whose return the seller approved: Stripe was asked for the refund. */
    private record ApprovedReturn(Order order, UUID returnId, String paymentIntent, String refundId) {
    }

    private ApprovedReturn approvedOnlineReturn(String reason) {
        FakeStripe.stubTransfer();
        String paymentIntent = "pi_test_" + UUID.randomUUID().toString().substring(0, 8);
        Order order = sold.paidOnline(centre, buyer, paymentIntent);
        UUID returnId = as(buyer, () -> returns.requestReturn(order.id(), reason));
        String refundId = FakeStripe.stubRefund(paymentIntent);
        approve(centre, returnId);
        return new ApprovedReturn(order, returnId, paymentIntent, refundId);
    }

    private void recordRefundPaid(Centre seller, UUID returnId) {
        asStaff(seller, () -> {
            returns.recordRefundPaid(seller.organisationId(), returnId);
            return null;
        });
    }

    private void approve(Centre seller, UUID returnId) {
        asStaff(seller, () -> {
            returns.approveReturn(seller.organisationId(), returnId);
            return null;
        });
    }


    static <T> T as(String email, Supplier<T> work) {
        return SoldItems.asBuyer(email, work);
    }

    static void assertRefused(String email, Supplier<?> step, String messageKey) {
        assertThatThrownBy(() -> as(email, step)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
