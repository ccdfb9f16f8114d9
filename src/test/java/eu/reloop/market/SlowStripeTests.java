package eu.reloop.market;

import static eu.reloop.market.MarketTestSetup.asBuyer;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.zaxxer.hikari.HikariDataSource;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.payment.FakeStripe;
import eu.reloop.payment.Payments;
import eu.reloop.shared.UnavailableException;
import eu.reloop.stamp.StampCode;

/**
 * Stripe slow (issue 16). Twenty checkouts and refunds wait for Stripe at once, twice as many as the database pool
 * has connections: as none of them holds one while it waits, other pages and searches answer within a second. Each
 * checkout then ends in one state: Stripe's session once it answers; when its answer is lost, the session the
 * payment recovery gets by asking again under the same key; when Stripe never answers, the item let go once the
 * session could no longer be paid. Stripe's 20 seconds are 5 here, still five times the time the other requests get.
 */
@IntegrationTest
class SlowStripeTests {

    private static final Duration STRIPE_DELAY = Duration.ofSeconds(5);
    private static final Duration PAGE_BUDGET = Duration.ofSeconds(1);
    private static final int CHECKOUTS = 10;
    private static final int REFUNDS = 10;
    /** Checkouts and refunds whose answer is lost; the first checkout's Stripe never answers. */
    private static final int LOST = 3;

    @Autowired
    MarketTestSetup setup;

    @Autowired
    SoldItems sold;

    @Autowired
    Checkout checkout;

    @Autowired
    Returns returns;

    @Autowired
    Listings listings;

    @Autowired
    ReturnRepository returnRecords;

    @Autowired
    PaymentRecovery recovery;

    @Autowired
    MarketProperties properties;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A buyer's reservation that goes on to pay online. */
    private record Buying(String buyer, Listing listing, UUID orderId) {
    }

    /** A page's or a search's request, by what it is. */
    private record OtherRequest(String what, Supplier<?> request) {
    }

    /** A return of an item paid online, waiting for the seller to approve it. */
    private record Refunding(String paymentIntent, UUID orderId, UUID returnId) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void callsWaitingForStripeHoldNoConnectionAndEveryCheckoutEndsInOneState() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize())
                .as("fewer pooled connections than calls waiting for Stripe").isLessThan(CHECKOUTS + REFUNDS);
        GeoPoint where = DirectoryFixtures.remoteOrigin();
        Centre centre = setup.certifiedCentre("Slow Stripe Centre " + UUID.randomUUID(), where);
        setup.connectToStripe(centre);
        List<Buying> buyings = new ArrayList<>();
        for (int i = 0; i < CHECKOUTS; i++) {
            String buyer = setup.consumer();
            Listing listing = setup.listedPhone(centre, "Slow phone " + i, "2490", "NOK");
            UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
            if (i < LOST) {
                FakeStripe.stubCheckoutLost(orderId, STRIPE_DELAY);
            } else {
                FakeStripe.stubCheckoutSession(orderId, STRIPE_DELAY);
            }
            buyings.add(new Buying(buyer, listing, orderId));
        }
        String returner = setup.consumer();
        List<Refunding> refundings = new ArrayList<>();
        for (int i = 0; i < REFUNDS; i++) {
            String paymentIntent = "pi_slow_" + UUID.randomUUID().toString().replace("-", "");
            Order order = sold.paidOnline(centre, returner, paymentIntent);
            UUID returnId = asBuyer(returner, () -> returns.requestReturn(order.id(), "Changed my mind"));
            if (i < LOST) {
                FakeStripe.stubRefundLost(paymentIntent, STRIPE_DELAY);
            } else {
                FakeStripe.stubRefund(paymentIntent, STRIPE_DELAY);
            }
            refundings.add(new Refunding(paymentIntent, order.id(), returnId));
        }

        String stamp = new StampCode(buyings.getFirst().listing().stampCode()).display();
        String near = "lat=%s&lon=%s&radiusKm=25".formatted(coordinate(where.latitude()), coordinate(where.longitude()));
        List<OtherRequest> otherRequests = List.of(
                new OtherRequest("the listing search", () -> get("/api/v1/search/listings?" + near)),
                new OtherRequest("the organisation search", () -> get("/api/v1/search/organisations?" + near)),
                new OtherRequest("a certificate", () -> get("/api/v1/certificates/" + centre.certificateNumber())),
                new OtherRequest("a stamp", () -> get("/api/v1/stamps/" + stamp)),
                new OtherRequest("the product page's listing", () -> listings.listing(buyings.getLast().listing().id())),
                new OtherRequest("the buyer's orders", () -> asBuyer(returner, () -> checkout.myOrders())));
        // Once before, unmeasured: what counts is the wait while Stripe is slow, not a first request's warming up.
        otherRequests.forEach(other -> other.request().get());

        List<Future<?>> calls = new ArrayList<>();
        Instant launched = Instant.now();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            buyings.forEach(buying -> calls.add(callers.submit(() ->
                    asBuyer(buying.buyer(), () -> checkout.payOnline(buying.orderId(), Fulfilment.PICKUP, null)))));
            refundings.forEach(refunding -> calls.add(callers.submit(() -> asStaff(centre, () -> {
                returns.approveReturn(centre.organisationId(), refunding.returnId());
                return null;
            }))));

            // All twenty wait for Stripe at once, which they could not while each held one of the ten connections;
            // the rest of ReLoop answers meanwhile.
            await().atMost(STRIPE_DELAY.dividedBy(2)).until(() -> askedOfStripe(buyings, refundings) == CHECKOUTS + REFUNDS);
            do {
                otherRequests.forEach(SlowStripeTests::answersWithinBudget);
            } while (Instant.now().isBefore(launched.plus(STRIPE_DELAY).minus(PAGE_BUDGET)));
            assertThat(calls).as("all of it while Stripe was still answering nothing").noneMatch(Future::isDone);
        }

        // Answered, a checkout holds its session; its answer lost, it stays being started and the buyer is told.
        for (int i = 0; i < CHECKOUTS; i++) {
            Order order = order(buyings.get(i));
            assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            if (i < LOST) {
                assertThat(order.checkoutStarting()).isTrue();
                assertThatThrownBy(calls.get(i)::get).cause().isInstanceOfSatisfying(UnavailableException.class,
                        pending -> assertThat(pending.messageKey()).isEqualTo("checkout.error.payment-pending"));
            } else {
                assertThat(order.checkoutSessionId()).isNotNull();
                assertThat(order.heldUntil()).isEqualTo(order.checkoutExpiresAt());
                assertThat(listings.listing(order.listingId()).orElseThrow().heldUntil()).isEqualTo(order.heldUntil());
            }
        }
        for (int i = 0; i < REFUNDS; i++) {
            calls.get(CHECKOUTS + i).get();
            OrderReturn approved = orderReturn(refundings.get(i));
            assertThat(approved.status()).isEqualTo(ReturnStatus.APPROVED);
            assertThat(approved.refundId() == null).as("refund " + i + " waits for its answer").isEqualTo(i < LOST);
        }

        // Stripe answers again. A buyer goes on to payment from their order, and gets a session.
        List<String> sessions = new ArrayList<>();
        for (int i = 1; i < LOST; i++) {
            sessions.add(FakeStripe.stubCheckoutSession(buyings.get(i).orderId()).id());
        }
        Buying resuming = buyings.get(1);
        assertThat(order(resuming).paymentToResume(clock.instant())).isTrue();
        assertThat(asBuyer(resuming.buyer(), () -> checkout.resumeOnlinePayment(resuming.orderId())).sessionId())
                .isEqualTo(sessions.getFirst());
        assertThat(order(resuming).paymentToResume(clock.instant())).isFalse();
        // For the others, once a call could no longer be under way, the recovery asks under the same key.
        List<String> refundIds = refundings.subList(0, LOST).stream()
                .map(refunding -> FakeStripe.stubRefund(refunding.paymentIntent())).toList();
        FakeStripe.stubCheckoutLost(buyings.getFirst().orderId(), Duration.ZERO);
        clock.advance(properties.paymentRecoveryAfter().plusMinutes(1));
        // Polled: while the scheduled run holds the recovery's lock, a call here skips its turn.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            recovery.finishStripeCalls();
            assertThat(buyings.subList(1, LOST)).extracting(buying -> order(buying).checkoutSessionId())
                    .containsExactlyElementsOf(sessions);
            assertThat(refundings.subList(0, LOST)).extracting(refunding -> orderReturn(refunding).refundId())
                    .containsExactlyElementsOf(refundIds);
        });
        for (Buying buying : buyings) {
            assertThat(FakeStripe.requests("/v1/checkout/sessions"))
                    .filteredOn(sent -> buying.orderId().toString().equals(sent.form().get("client_reference_id")))
                    .as("every request for one checkout is the same request, under its key").isNotEmpty()
                    .allSatisfy(sent -> assertThat(sent.idempotencyKey()).isEqualTo("checkout-" + buying.orderId()))
                    .extracting(sent -> sent.form().get("expires_at")).containsOnly(
                            String.valueOf(order(buying).checkoutExpiresAt().getEpochSecond()));
        }
        for (Refunding refunding : refundings) {
            assertThat(FakeStripe.requests("/v1/refunds"))
                    .filteredOn(sent -> refunding.paymentIntent().equals(sent.form().get("payment_intent")))
                    .isNotEmpty().allSatisfy(sent -> assertThat(sent.idempotencyKey()).isEqualTo("return-" + refunding.returnId()));
        }

        // The checkout Stripe never answers lets the item go once its session could no longer be paid.
        Buying unanswered = buyings.getFirst();
        assertThat(order(unanswered).checkoutStarting()).isTrue();
        clock.advance(Payments.CHECKOUT_LIFETIME);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            recovery.finishStripeCalls();
            Order letGo = order(unanswered);
            assertThat(letGo.status()).isEqualTo(OrderStatus.EXPIRED);
            assertThat(letGo.checkoutStarting()).isFalse();
        });
        assertThat(listings.listing(unanswered.listing().id()).orElseThrow().heldAt(clock.instant())).isFalse();
    }

    /** How many of the checkouts and refunds Stripe has been asked for (the fake logs a request as it arrives). */
    private static long askedOfStripe(List<Buying> buyings, List<Refunding> refundings) {
        return FakeStripe.requests("/v1/checkout/sessions").stream().filter(sent -> buyings.stream()
                        .anyMatch(buying -> buying.orderId().toString().equals(sent.form().get("client_reference_id"))))
                .count()
                + FakeStripe.requests("/v1/refunds").stream().filter(sent -> refundings.stream()
                        .anyMatch(refunding -> refunding.paymentIntent().equals(sent.form().get("payment_intent"))))
                .count();
    }

    private Order order(Buying buying) {
        return asBuyer(buying.buyer(), () -> checkout.order(buying.orderId())).orElseThrow();
    }

    private OrderReturn orderReturn(Refunding refunding) {
        return returnRecords.find(refunding.returnId()).orElseThrow();
    }

    private static void answersWithinBudget(OtherRequest other) {
        long started = System.nanoTime();
        other.request().get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(other.what()).isLessThan(PAGE_BUDGET);
    }

    /** A GET of the running application, which must answer 200. */
    private String get(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(STRIPE_DELAY.multipliedBy(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }
}
