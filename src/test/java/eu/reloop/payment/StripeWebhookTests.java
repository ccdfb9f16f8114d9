package eu.reloop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.stripe.Stripe;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.Organisations;

/**
 * Stripe's webhook over HTTP, signed as Stripe signs: what is refused and leaves no trace, what is
 * recorded once, and which payment events it publishes (heard here as they are published).
 */
@IntegrationTest
class StripeWebhookTests {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Payments payments;

    @Autowired
    Organisations organisations;

    @LocalServerPort
    int port;

    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload().getClass().getPackageName().equals(Payments.class.getPackageName())) {
            published.add(event.getPayload());
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void aForgedPayloadIsRefusedAndLeavesNoTrace() {
        UUID order = UUID.randomUUID();
        String id = eventId();
        String genuine = FakeStripe.event(id, "checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(order, "cs_test_forged", "pi_1", 100, "nok"));
        String forged = genuine.replace("\"amount_total\": 100", "\"amount_total\": 1");

        assertThat(FakeStripe.deliver(port, forged, FakeStripe.signedWebhook(genuine)).statusCode()).isEqualTo(400);

        assertThat(recorded(id)).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void aSignatureWithAnotherSecretAStaleOneOrNoneIsRefused() {
        String id = eventId();
        String payload = FakeStripe.event(id, "checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(UUID.randomUUID(), "cs_test_refused", "pi_2", 100, "nok"));

        assertThat(FakeStripe.deliver(port, payload, FakeStripe.signature(payload, Instant.now(), "whsec_someone_else"))
                .statusCode()).as("another secret").isEqualTo(400);
        assertThat(FakeStripe.deliver(port, payload, FakeStripe.signature(payload,
                Instant.now().minus(Duration.ofMinutes(6)), FakeStripe.WEBHOOK_SECRET)).statusCode())
                .as("older than the 5 minutes' tolerance: a replay").isEqualTo(400);
        assertThat(FakeStripe.deliver(port, payload, null).statusCode()).as("no signature").isEqualTo(400);
        assertThat(FakeStripe.deliver(port, payload, "t=1,v1=nonsense").statusCode()).as("garbage").isEqualTo(400);

        assertThat(recorded(id)).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void anEventDeliveredTwiceIsActedOnOnce() {
        UUID order = UUID.randomUUID();
        String payload = FakeStripe.event(eventId(), "checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(order, "cs_test_twice", "pi_twice", 124_950, "nok"));

        assertThat(FakeStripe.deliver(port, payload).statusCode()).isEqualTo(200);
        assertThat(FakeStripe.deliver(port, payload).statusCode()).isEqualTo(200);

        assertThat(published).singleElement().isInstanceOfSatisfying(CheckoutCompleted.class, completed -> {
            assertThat(completed.orderId()).isEqualTo(order);
            assertThat(completed.sessionId()).isEqualTo("cs_test_twice");
            assertThat(completed.paymentIntentId()).isEqualTo("pi_twice");
            assertThat(completed.amountTotalMinor()).isEqualTo(124_950);
            assertThat(completed.currency()).isEqualTo("nok");
        });
    }

    @Test
    void aCompletionAfterAnExpiryOfTheSameOrderIsPublishedToo() {
        UUID order = UUID.randomUUID();
        Instant now = Instant.now();

        FakeStripe.deliver(port, FakeStripe.event("checkout.session.expired", now.minusSeconds(5),
                FakeStripe.expiredSession(order, "cs_test_first")));
        FakeStripe.deliver(port, FakeStripe.event("checkout.session.completed", now,
                FakeStripe.completedSession(order, "cs_test_second", "pi_late", 500, "nok")));

        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isEqualTo(new CheckoutExpired(order, "cs_test_first",
                Instant.ofEpochSecond(now.minusSeconds(5).getEpochSecond())));
        assertThat(published.get(1)).isInstanceOfSatisfying(CheckoutCompleted.class,
                completed -> assertThat(completed.orderId()).isEqualTo(order));
    }

    @Test
    void anEventOfThisLibrarysApiVersionIsReadTheTypedWay() {
        UUID order = UUID.randomUUID();
        String payload = FakeStripe.event("checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(order, "cs_test_current", null, 100, "eur"))
                .replace("2025-03-31.basil", Stripe.API_VERSION);

        assertThat(FakeStripe.deliver(port, payload).statusCode()).isEqualTo(200);

        assertThat(published).singleElement().isInstanceOfSatisfying(CheckoutCompleted.class, completed -> {
            assertThat(completed.orderId()).isEqualTo(order);
            assertThat(completed.paymentIntentId()).isNull();
        });
    }

    @Test
    void aSessionWithoutAnOrderAndAnUnknownTypeAreRecordedAndAnswered() {
        String foreign = eventId();
        String unknown = eventId();
        String session = FakeStripe.completedSession(UUID.randomUUID(), "cs_test_foreign", "pi_3", 100, "nok")
                .replaceAll("\"client_reference_id\": \"[^\"]+\"", "\"client_reference_id\": null")
                .replaceAll("\"metadata\": \\{[^}]*}", "\"metadata\": {}");

        assertThat(FakeStripe.deliver(port, FakeStripe.event(foreign, "checkout.session.completed", Instant.now(), session))
                .statusCode()).isEqualTo(200);
        assertThat(FakeStripe.deliver(port, FakeStripe.event(unknown, "invoice.paid", Instant.now(),
                "{\"id\": \"in_1\", \"object\": \"invoice\"}")).statusCode()).isEqualTo(200);

        assertThat(recorded(foreign)).isOne();
        assertThat(recorded(unknown)).isOne();
        assertThat(jdbc.sql("select type from stripe_event where id = :id").param("id", unknown).query(String.class).single())
                .isEqualTo("invoice.paid");
        assertThat(published).isEmpty();
    }

    @Test
    void aRefundNamesThePaymentAndTheOrderWhenTheChargeCarriesIt() {
        UUID order = UUID.randomUUID();
        Instant created = Instant.ofEpochSecond(Instant.now().getEpochSecond());

        FakeStripe.deliver(port, FakeStripe.event("charge.refunded", created,
                FakeStripe.refundedCharge("pi_refunded", 30_000, order)));
        FakeStripe.deliver(port, FakeStripe.event("charge.refunded", created,
                FakeStripe.refundedCharge("pi_refunded_plain", 10_000, null)));

        assertThat(published).containsExactly(new ChargeRefunded(order, "pi_refunded", 30_000, created),
                new ChargeRefunded(null, "pi_refunded_plain", 10_000, created));
    }

    @Test
    void anAccountUpdateCountsOnlyWhenNewerThanTheStateStored() {
        UUID centre = PaymentFixtures.reuseCentre(organisations);
        String account = FakeStripe.stubSellerAccountCreation(centre);
        FakeStripe.stubAccountLink(account);
        TestSecurity.asAdmin(() -> payments.onboardingLink(centre, "/payments"));
        Instant start = Instant.now().minusSeconds(60);

        FakeStripe.deliver(port, FakeStripe.event("account.updated", start.plusSeconds(10),
                FakeStripe.account(account, true, false, true)));
        assertThat(payments.sellerAccount(centre)).hasValueSatisfying(state -> {
            assertThat(state.chargesEnabled()).isTrue();
            assertThat(state.payoutsEnabled()).isFalse();
            assertThat(state.detailsSubmitted()).isTrue();
        });
        assertThat(payments.canTakeCharges(centre)).isTrue();

        FakeStripe.deliver(port, FakeStripe.event("account.updated", start.plusSeconds(30),
                FakeStripe.account(account, true, true, true)));
        // Older than the one before, delivered late: it must not take charges away again.
        FakeStripe.deliver(port, FakeStripe.event("account.updated", start.plusSeconds(20),
                FakeStripe.account(account, false, false, false)));

        assertThat(payments.sellerAccount(centre)).hasValueSatisfying(state -> {
            assertThat(state.chargesEnabled()).isTrue();
            assertThat(state.payoutsEnabled()).isTrue();
        });
        assertThat(published).containsExactly(new SellerAccountUpdated(centre, true), new SellerAccountUpdated(centre, true));
    }

    @Test
    void anAccountUpdateForAnAccountThatIsNoSellersIsRecordedOnly() {
        String id = eventId();

        assertThat(FakeStripe.deliver(port, FakeStripe.event(id, "account.updated", Instant.now(),
                FakeStripe.account("acct_unknown_" + UUID.randomUUID(), true, true, true))).statusCode()).isEqualTo(200);

        assertThat(recorded(id)).isOne();
        assertThat(published).isEmpty();
    }

    @Test
    void badInputIsAnsweredAsAProblemNamingWhatToFixNeverAsAFaultOrARedirect() {
        String id = eventId();
        String payload = FakeStripe.event(id, "checkout.session.completed", Instant.now(),
                FakeStripe.completedSession(UUID.randomUUID(), "cs_test_bad_input", "pi_3", 100, "nok"));

        HttpResponse<String> unsigned = FakeStripe.deliver(port, payload, null);
        assertProblem(unsigned, 400);
        assertThat(unsigned.body()).contains("\"parameter\":\"Stripe-Signature\"");
        assertProblem(FakeStripe.deliver(port, payload, "t=1,v1=nonsense"), 400);
        assertProblem(post("text/plain", payload, FakeStripe.signedWebhook(payload)), 415);
        assertProblem(post("application/json", "", FakeStripe.signedWebhook("")), 400);

        assertThat(recorded(id)).isZero();
        assertThat(published).isEmpty();
    }

    private HttpResponse<String> post(String contentType, String body, String signature) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + FakeStripe.WEBHOOK_PATH))
                .header("Content-Type", contentType).header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    private int recorded(String eventId) {
        return jdbc.sql("select count(*) from stripe_event where id = :id").param("id", eventId).query(Integer.class).single();
    }

    private static String eventId() {
        return "evt_test_" + UUID.randomUUID().toString().replace("-", "");
    }
}
