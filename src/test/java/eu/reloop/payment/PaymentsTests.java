package eu.reloop.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.shared.Money;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.SiteProperties;

/** Onboarding, checkout, expiry and refunds against the fake Stripe API. */
@IntegrationTest
class PaymentsTests {

    @Autowired
    Payments payments;

    @Autowired
    PaymentRepository repository;

    @Autowired
    Organisations organisations;

    @Autowired
    SiteProperties site;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    @Test
    void onboardingCreatesOneConnectedAccountAndReusesIt() {
        UUID centre = PaymentFixtures.reuseCentre(organisations);
        String accountId = FakeStripe.stubSellerAccountCreation(centre);
        String link = FakeStripe.stubAccountLink(accountId);

        String first = TestSecurity.asAdmin(() -> payments.onboardingLink(centre, "/payments"));
        String second = TestSecurity.asAdmin(() -> payments.onboardingLink(centre, "/payments"));

        assertThat(first).isEqualTo(link);
        assertThat(second).isEqualTo(link);
        assertThat(FakeStripe.requests("/v1/accounts")).filteredOn(request -> ("seller-account-" + centre).equals(request.idempotencyKey()))
                .singleElement().satisfies(request -> {
                    assertThat(request.form()).containsEntry("type", "express").containsEntry("country", "NO")
                            .containsEntry("metadata[organisation_id]", centre.toString())
                            .containsEntry("capabilities[transfers][requested]", "true");
                    assertThat(request.authorization()).isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
                });
        assertThat(FakeStripe.requests("/v1/account_links")).filteredOn(request -> accountId.equals(request.form().get("account")))
                .hasSize(2).allSatisfy(request -> assertThat(request.form())
                        .containsEntry("type", "account_onboarding")
                        .containsEntry("return_url", site.link("/payments"))
                        .containsEntry("refresh_url", site.link("/payments")));
        assertThat(payments.sellerAccount(centre)).hasValueSatisfying(account -> {
            assertThat(account.stripeAccountId()).isEqualTo(accountId);
            assertThat(account.chargesEnabled()).isFalse();
        });
        assertThat(payments.canTakeCharges(centre)).isFalse();
    }

    @Test
    void onlyTheOrganisationsStaffOrAnAdminMayOnboardIt() {
        UUID centre = PaymentFixtures.reuseCentre(organisations);

        assertThatThrownBy(() -> TestSecurity.as("stranger@test.reloop", () -> payments.onboardingLink(centre, "/payments"),
                Role.REUSE_CENTRE.authority())).isInstanceOf(AccessDeniedException.class);
        assertThat(payments.sellerAccount(centre)).isEmpty();
    }

    @Test
    void aStripeFailureDuringOnboardingIsReportedAndNothingIsStored() {
        UUID centre = PaymentFixtures.reuseCentre(organisations);
        FakeStripe.stubSellerAccountCreationFailure(centre);

        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> payments.onboardingLink(centre, "/payments")))
                .isInstanceOfSatisfying(PaymentProviderException.class,
                        failed -> assertThat(failed.messageKey()).isEqualTo("payment.error.provider"));
        assertThat(payments.sellerAccount(centre)).isEmpty();
    }

    @Test
    void checkoutIsADestinationChargeWithReLoopsFeeForOneOrder() {
        UUID centre = PaymentFixtures.reuseCentre(organisations);
        String accountId = FakeStripe.connectSeller(payments, centre, port);
        UUID order = UUID.randomUUID();
        FakeStripe.StubbedSession stubbed = FakeStripe.stubCheckoutSession(order);
        Instant expiresAt = clock.instant().plus(Payments.CHECKOUT_LIFETIME).truncatedTo(ChronoUnit.SECONDS);

        CheckoutSession session = payments.startCheckout(new CheckoutRequest(order, centre, "Fairphone 5, grade A",
                Money.of("1249.50", "NOK"), "buyer@example.org", "/orders/" + order + "?session={CHECKOUT_SESSION_ID}",
                "/orders/" + order, expiresAt));

        assertThat(session.sessionId()).isEqualTo(stubbed.id());
        assertThat(session.url()).isEqualTo(stubbed.url());
        FakeStripe.Request sent = FakeStripe.requests("/v1/checkout/sessions").stream()
                .filter(request -> ("checkout-" + order).equals(request.idempotencyKey())).findFirst().orElseThrow();
        assertThat(sent.form())
                .containsEntry("mode", "payment")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][currency]", "nok")
                .containsEntry("line_items[0][price_data][unit_amount]", "124950")
                .containsEntry("line_items[0][price_data][product_data][name]", "Fairphone 5, grade A")
                .containsEntry("payment_intent_data[transfer_data][destination]", accountId)
                // 5 % of 124 950 øre is 6 247.5, rounded half-even to 6 248.
                .containsEntry("payment_intent_data[application_fee_amount]", "6248")
                .containsEntry("payment_intent_data[metadata][order_id]", order.toString())
                .containsEntry("metadata[order_id]", order.toString())
                .containsEntry("client_reference_id", order.toString())
                .containsEntry("customer_email", "buyer@example.org")
                .containsEntry("success_url", site.link("/orders/" + order + "?session={CHECKOUT_SESSION_ID}"))
                .containsEntry("cancel_url", site.link("/orders/" + order));
        assertThat(sent.form()).as("the expiry the caller fixed, the same in every retry")
                .containsEntry("expires_at", String.valueOf(expiresAt.getEpochSecond()));
        assertThat(session.expiresAt()).isEqualTo(expiresAt);
    }

    @Test
    void theFeeIsRoundedHalfEvenToAWholeMinorUnit() {
        assertThat(payments.applicationFee(10)).isZero();      // 0.5 -> 0
        assertThat(payments.applicationFee(30)).isEqualTo(2);  // 1.5 -> 2
        assertThat(payments.applicationFee(100_000)).isEqualTo(5_000);
    }

    @Test
    void checkoutIsRefusedWhileTheSellerCannotTakeCharges() {
        UUID notConnected = PaymentFixtures.reuseCentre(organisations);
        UUID pending = PaymentFixtures.reuseCentre(organisations);
        FakeStripe.stubAccountLink(FakeStripe.stubSellerAccountCreation(pending));
        TestSecurity.asAdmin(() -> payments.onboardingLink(pending, "/payments"));
        int sessionsBefore = FakeStripe.requests("/v1/checkout/sessions").size();

        for (UUID seller : new UUID[] {notConnected, pending}) {
            assertThatThrownBy(() -> payments.startCheckout(request(UUID.randomUUID(), seller)))
                    .isInstanceOfSatisfying(RefusedException.class, refused ->
                            assertThat(refused.messageKey()).isEqualTo("payment.error.seller-cannot-take-charges"));
        }
        assertThat(FakeStripe.requests("/v1/checkout/sessions")).hasSize(sessionsBefore);
    }

    @Test
    void aSecondCheckoutForTheSameOrderWithOtherDetailsIsRefused() {
        UUID centre = PaymentFixtures.reuseCentre(organisations);
        FakeStripe.connectSeller(payments, centre, port);
        UUID order = UUID.randomUUID();
        FakeStripe.stubCheckoutIdempotencyConflict(order);

        assertThatThrownBy(() -> payments.startCheckout(request(order, centre)))
                .isInstanceOfSatisfying(RefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("payment.error.checkout-already-started"));
    }

    @Test
    void expiringACheckoutThatIsNoLongerOpenIsNoError() {
        String open = "cs_test_open_" + UUID.randomUUID();
        String paid = "cs_test_paid_" + UUID.randomUUID();
        FakeStripe.stubCheckoutExpiry(open);
        FakeStripe.stubCheckoutNotOpen(paid);

        payments.expireCheckout(open);
        payments.expireCheckout(paid);

        assertThat(FakeStripe.requests("/v1/checkout/sessions/" + open + "/expire")).hasSize(1);
        assertThat(FakeStripe.requests("/v1/checkout/sessions/" + paid + "/expire")).hasSize(1);
    }

    @Test
    void aRefusalByStripeIsToldFromAnAnswerThatDidNotCome() {
        String refused = "pi_refused_" + UUID.randomUUID().toString().replace("-", "");
        String unanswered = "pi_unanswered_" + UUID.randomUUID().toString().replace("-", "");
        FakeStripe.stubRefundRefused(refused);
        FakeStripe.stubRefundLost(unanswered, Duration.ZERO);

        assertThatThrownBy(() -> payments.refund(refused, 100, "refund-" + refused))
                .isInstanceOfSatisfying(PaymentProviderException.class, failed -> assertThat(failed.refusedByStripe()).isTrue());
        assertThatThrownBy(() -> payments.refund(unanswered, 100, "refund-" + unanswered))
                .isInstanceOfSatisfying(PaymentProviderException.class, failed -> assertThat(failed.refusedByStripe()).isFalse());
        assertThat(FakeStripe.requests("/v1/refunds")).filteredOn(sent -> unanswered.equals(sent.form().get("payment_intent")))
                .isNotEmpty().allSatisfy(sent -> assertThat(sent.idempotencyKey()).isEqualTo("refund-" + unanswered));
    }

    @Test
    void stripeIsNeverCalledInsideADatabaseTransaction() {
        String paymentIntent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        FakeStripe.stubRefund(paymentIntent);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> payments.refund(paymentIntent, 100, "inside")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(FakeStripe.requests("/v1/refunds")).noneMatch(sent -> paymentIntent.equals(sent.form().get("payment_intent")));
    }

    @Test
    void aRefundReversesTheTransferAndTheFeeUnderTheCallersKey() {
        String paymentIntent = "pi_" + UUID.randomUUID().toString().replace("-", "");
        String refundId = FakeStripe.stubRefund(paymentIntent);

        assertThat(payments.refund(paymentIntent, 50_000, "refund-order-42")).isEqualTo(refundId);

        assertThat(FakeStripe.requests("/v1/refunds")).filteredOn(request -> paymentIntent.equals(request.form().get("payment_intent")))
                .singleElement().satisfies(request -> {
                    assertThat(request.idempotencyKey()).isEqualTo("refund-order-42");
                    assertThat(request.form()).containsEntry("amount", "50000").containsEntry("reverse_transfer", "true")
                            .containsEntry("refund_application_fee", "true");
                });
    }

    @Test
    void withoutKeysOnlinePaymentIsOffAndCheckoutIsRefused() throws IOException {
        PaymentProperties none = embeddedDefault();
        Payments offline = new Payments(repository, new StripeApi(none), none, organisations, site, clock);

        assertThat(none.stripeSecretKey()).isNull();
        assertThat(offline.onlineEnabled()).isFalse();
        assertThat(offline.platformFeePercent()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> offline.startCheckout(request(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOfSatisfying(RefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("payment.error.not-configured"));
        assertThatThrownBy(() -> offline.expireCheckout("cs_test_anything")).isInstanceOf(RefusedException.class);
        // A key alone is not enough: without the webhook nobody would learn that an order was paid.
        assertThat(new PaymentProperties("sk_test_x", " ", none.stripeApiBase(), BigDecimal.ONE, Duration.ofMinutes(5))
                .onlineEnabled()).isFalse();
        assertThat(payments.onlineEnabled()).as("the shared test context talks to the fake").isTrue();
    }

    /** The settings as application.yml gives them, with nothing set from outside. */
    private static PaymentProperties embeddedDefault() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("reloop.payment", PaymentProperties.class);
    }

    private static CheckoutRequest request(UUID order, UUID seller) {
        return new CheckoutRequest(order, seller, "Test item", Money.of("100", "NOK"), "buyer@example.org",
                "/orders/" + order, "/orders/" + order, Instant.now().plus(Payments.CHECKOUT_LIFETIME));
    }
}
