package eu.reloop.market;

import static eu.reloop.market.MarketTestSetup.asBuyer;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.payment.CheckoutSession;
import eu.reloop.payment.FakeStripe;
import eu.reloop.shared.RefusedException;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;

/** Paying online through (fake) Stripe: the signed webhook decides the order, once, whatever the order of events. */
@IntegrationTest
class OnlineCheckoutTests {

    @LocalServerPort
    int port;

    @Autowired
    MarketTestSetup setup;

    @Autowired
    Checkout checkout;

    @Autowired
    Listings listings;

    @Autowired
    Warranties warranties;

    @Autowired
    Stamps stamps;

    @Autowired
    HoldSweeper sweeper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderRepository orders;

    Centre centre;
    Listing listing;
    String buyer;

    @BeforeEach
    void aConnectedCentreShipsAPhone() {
        centre = setup.certifiedCentre("Online Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        setup.connectToStripe(centre);
        listing = setup.listedPhone(centre, "Fairphone 5", "2490", "NOK", new BigDecimal("99"));
        buyer = setup.consumer();
    }

    @Test
    void aShippedPhoneIsPaidOnlineAndTheWebhookSellsItOnceHoweverOftenItComes() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        FakeStripe.StubbedSession stubbed = FakeStripe.stubCheckoutSession(orderId);
        CheckoutSession session = asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.SHIPPING, "Storgata 1, 0155 Oslo"));

        assertThat(session.url()).isEqualTo(stubbed.url());
        Order awaiting = order(orderId);
        assertThat(awaiting.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(awaiting.shippingAddress()).isEqualTo("Storgata 1, 0155 Oslo");
        assertThat(awaiting.heldUntil()).as("held as long as Stripe's session").isEqualTo(session.expiresAt());
        var request = FakeStripe.requests("/v1/checkout/sessions").stream()
                .filter(sent -> orderId.toString().equals(sent.form().get("client_reference_id"))).findFirst().orElseThrow();
        assertThat(request.form()).containsEntry("line_items[0][price_data][unit_amount]", "258900")
                .containsEntry("line_items[0][price_data][currency]", "nok");

        String paid = FakeStripe.event("checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(orderId, stubbed.id(), "pi_" + orderId.toString().substring(0, 8), 258_900, "nok"));
        assertThat(FakeStripe.deliver(port, paid).statusCode()).isEqualTo(200);
        assertThat(FakeStripe.deliver(port, paid).statusCode()).as("the same event again").isEqualTo(200);

        await().untilAsserted(() -> assertThat(order(orderId).status()).isEqualTo(OrderStatus.PAID));
        assertThat(asStaff(centre, () -> listings.listing(listing.id())).orElseThrow().status()).isEqualTo(ListingStatus.SOLD);
        assertThat(asBuyer(buyer, () -> warranties.myWarranties())).hasSize(1);
        assertThat(stampEvents()).containsExactly(StampEvent.ISSUED, StampEvent.SOLD);
    }

    @Test
    void aPaymentAfterTheSessionExpiredStillBuysTheItemWhileItIsFree() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        FakeStripe.StubbedSession stubbed = FakeStripe.stubCheckoutSession(orderId);
        asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.PICKUP, null));

        deliver(FakeStripe.event("checkout.session.expired", Instant.now(), FakeStripe.expiredSession(orderId, stubbed.id())));
        await().untilAsserted(() -> assertThat(order(orderId).status()).isEqualTo(OrderStatus.EXPIRED));

        // Stripe's events come out of order: the payment is delivered after the expiry.
        deliver(FakeStripe.event("checkout.session.completed", Instant.now().minusSeconds(60),
                FakeStripe.completedSession(orderId, stubbed.id(), "pi_late_" + orderId.toString().substring(0, 8),
                        249_000, "nok")));
        await().untilAsserted(() -> assertThat(order(orderId).status()).isEqualTo(OrderStatus.PAID));
        assertThat(stampEvents()).containsExactly(StampEvent.ISSUED, StampEvent.SOLD);
    }

    @Test
    void aPaymentThatComesAfterTheItemWentToSomeoneElseIsRefundedInFull() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        FakeStripe.StubbedSession stubbed = FakeStripe.stubCheckoutSession(orderId);
        asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.PICKUP, null));
        deliver(FakeStripe.event("checkout.session.expired", Instant.now(), FakeStripe.expiredSession(orderId, stubbed.id())));
        await().untilAsserted(() -> assertThat(order(orderId).status()).isEqualTo(OrderStatus.EXPIRED));
        String next = setup.consumer();
        UUID taken = asBuyer(next, () -> checkout.reserve(listing.id()));
        asBuyer(next, () -> {
            checkout.payAtPickup(taken);
            return null;
        });

        String intent = "pi_lost_" + orderId.toString().substring(0, 8);
        FakeStripe.stubRefund(intent);
        deliver(FakeStripe.event("checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(orderId, stubbed.id(), intent, 249_000, "nok")));

        await().untilAsserted(() -> assertThat(order(orderId).cancelReason()).isEqualTo("order.late-payment-refunded"));
        assertThat(order(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
        await().untilAsserted(() -> assertThat(FakeStripe.requests("/v1/refunds")).anySatisfy(sent -> {
            assertThat(sent.form()).containsEntry("payment_intent", intent).containsEntry("amount", "249000");
            assertThat(sent.idempotencyKey()).isEqualTo("late-payment-" + orderId);
        }));
        assertThat(order(taken).status()).isEqualTo(OrderStatus.AWAITING_PICKUP);
        assertThat(stampEvents()).containsExactly(StampEvent.ISSUED);
        await().untilAsserted(() -> assertThat(orders.lateRefundOwed(orderId)).as("the refund recorded").isEmpty());

        // The same payment reported again, once the item is free: still refunded, not sold after all.
        asBuyer(next, () -> {
            checkout.cancel(taken);
            return null;
        });
        deliver(FakeStripe.event("checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(orderId, stubbed.id(), intent, 249_000, "nok")));
        await().during(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(order(orderId).status())
                .isEqualTo(OrderStatus.CANCELLED));
        assertThat(FakeStripe.requests("/v1/refunds")).filteredOn(sent -> intent.equals(sent.form().get("payment_intent")))
                .hasSize(1);
    }

    @Test
    void aLapsedOnlineCheckoutExpiresTheStripeSessionAndFreesTheItem() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        FakeStripe.StubbedSession stubbed = FakeStripe.stubCheckoutSession(orderId);
        FakeStripe.stubCheckoutExpiry(stubbed.id());
        asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.PICKUP, null));
        jdbc.sql("update market_order set held_until = now() - interval '1 minute' where id = :id")
                .param("id", orderId).update();

        sweeper.releaseLapsedHolds();

        assertThat(order(orderId).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(FakeStripe.requests("/v1/checkout/sessions/" + stubbed.id() + "/expire")).hasSize(1);
    }

    @Test
    void onlinePaymentIsRefusedWithoutAnAddressToShipToOrACentreThatTakesCharges() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        assertThatThrownBy(() -> asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.SHIPPING, "  ")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("checkout.error.address"));
        assertThat(order(orderId).status()).isEqualTo(OrderStatus.RESERVED);

        Centre unconnected = setup.certifiedCentre("Counter Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        Listing counterOnly = setup.listedPhone(unconnected, "Fairphone 4", "1490", "NOK");
        UUID counterOrder = asBuyer(buyer, () -> checkout.reserve(counterOnly.id()));
        assertThatThrownBy(() -> asBuyer(buyer, () -> checkout.payOnline(counterOrder, Fulfilment.PICKUP, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("checkout.error.online-unavailable"));
        assertThat(order(counterOrder).status()).isEqualTo(OrderStatus.RESERVED);
    }

    @Test
    void whenStripeRefusesTheCheckoutTheReservationStaysAsItWas() {
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        FakeStripe.stubCheckoutIdempotencyConflict(orderId);

        assertThatThrownBy(() -> asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.SHIPPING, "Storgata 1")))
                .isInstanceOf(RefusedException.class);
        Order unchanged = order(orderId);
        assertThat(unchanged.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(unchanged.checkoutSessionId()).isNull();
        assertThat(unchanged.shippingAddress()).isNull();
    }

    private void deliver(String event) {
        HttpResponse<String> answer = FakeStripe.deliver(port, event);
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    /** The order as its buyer sees it. */
    private Order order(UUID orderId) {
        String email = jdbc.sql("select buyer_email from market_order where id = :id").param("id", orderId)
                .query(String.class).single();
        return asBuyer(email, () -> checkout.order(orderId)).orElseThrow();
    }

    private List<StampEvent> stampEvents() {
        return stamps.verify(new StampCode(listing.stampCode())).orElseThrow().history().stream()
                .map(StampVerification.HistoryEntry::event).toList();
    }
}
