package eu.reloop.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import eu.reloop.TestSecurity;

/**
 * A stand-in for the Stripe API on a local port (WireMock), one for the whole test run, and Stripe's
 * side of the webhook: events as Stripe writes them, signed the way Stripe signs them. The shared test
 * context points {@code reloop.payment.*} here (see {@code TestServices}), so every integration test runs
 * with online payment on. Stubs match the request they are for (an idempotency key, an id in the body),
 * so tests do not disturb each other; ids are fresh in every call. A stub can answer after a delay, as a slow
 * Stripe does, or lose its answer (the connection drops after the delay), as a time-out does; a later stub for
 * the same request takes over from an earlier one.
 */
public final class FakeStripe {

    public static final String SECRET_KEY = "sk_test_reloop_fake_stripe";
    public static final String WEBHOOK_SECRET = "whsec_test_reloop_fake_stripe";
    public static final String WEBHOOK_PATH = "/api/v1/payments/stripe/webhook";

    private static final WireMockServer SERVER = start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FakeStripe() {
    }

    private static WireMockServer start() {
        // Threads enough for every call of a test to wait out a slow answer at once.
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1").containerThreads(64));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-stripe-stop"));
        return server;
    }

    public static String apiBase() {
        return "http://127.0.0.1:" + SERVER.port();
    }

    /** The settings that point the application at this fake, as {@code name=value}. */
    public static List<String> properties() {
        return List.of("reloop.payment.stripe-secret-key=" + SECRET_KEY,
                "reloop.payment.stripe-webhook-secret=" + WEBHOOK_SECRET,
                "reloop.payment.stripe-api-base=" + apiBase());
    }

    // ---- Stripe API stubs

    /** Answers the creation of the organisation's connected account; returns the account's id. */
    public static String stubSellerAccountCreation(UUID organisationId) {
        String accountId = "acct_" + randomId();
        SERVER.stubFor(post(urlPathEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("seller-account-" + organisationId))
                .willReturn(okJson("""
                        {"id": "%s", "object": "account", "type": "express", "charges_enabled": false,
                         "payouts_enabled": false, "details_submitted": false,
                         "metadata": {"organisation_id": "%s"}}""".formatted(accountId, organisationId))));
        return accountId;
    }

    /**
     * Answers an onboarding link for the account; returns its URL, which this fake serves as a page
     * titled "Fake Stripe onboarding", so that a browser test can follow it.
     */
    public static String stubAccountLink(String accountId) {
        String path = "/setup/e/" + accountId + "/" + randomId();
        String url = apiBase() + path;
        SERVER.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<!doctype html><title>Fake Stripe onboarding</title><h1>Fake Stripe onboarding</h1>")));
        SERVER.stubFor(post(urlPathEqualTo("/v1/account_links"))
                .withRequestBody(containing("account=" + accountId))
                .willReturn(okJson("""
                        {"object": "account_link", "created": %d, "expires_at": %d, "url": "%s"}"""
                        .formatted(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 300, url))));
        return url;
    }

    /** A session Stripe answered with. */
    public record StubbedSession(String id, String url) {
    }

    /** Answers the checkout for the order; the session's expiry is the one asked for, as with Stripe. */
    public static StubbedSession stubCheckoutSession(UUID orderId) {
        return stubCheckoutSession(orderId, Duration.ZERO);
    }

    /** Answers the checkout for the order after the delay. */
    public static StubbedSession stubCheckoutSession(UUID orderId, Duration delay) {
        String id = "cs_test_" + randomId();
        String url = "https://checkout.stripe.test/c/pay/" + id;
        SERVER.stubFor(post(urlPathEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout-" + orderId))
                .willReturn(aResponse().withFixedDelay(millis(delay)).withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "open",
                                 "url": "%s", "client_reference_id": "%s",
                                 "expires_at": {{formData request.body 'form' urlDecode=true}}{{form.expires_at}} }"""
                                .formatted(id, url, orderId))
                        .withTransformers("response-template")));
        return new StubbedSession(id, url);
    }

    /** The checkout for the order is never answered: the connection drops after the delay, every time it is asked. */
    public static void stubCheckoutLost(UUID orderId, Duration delay) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout-" + orderId))
                .willReturn(lost(delay)));
    }

    /** Stripe's answer to a second checkout for the same order with other parameters. */
    public static void stubCheckoutIdempotencyConflict(UUID orderId) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout-" + orderId))
                .willReturn(error(400, "idempotency_error", null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with.")));
    }

    public static void stubCheckoutExpiry(String sessionId) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/checkout/sessions/" + sessionId + "/expire"))
                .willReturn(okJson("""
                        {"id": "%s", "object": "checkout.session", "status": "expired"}""".formatted(sessionId))));
    }

    /** Stripe's refusal to expire a session that is not open any more (paid, or expired already). */
    public static void stubCheckoutNotOpen(String sessionId) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/checkout/sessions/" + sessionId + "/expire"))
                .willReturn(error(400, "invalid_request_error", null,
                        "This Checkout Session is not in an expireable state.")));
    }

    /** Answers a refund of the payment; returns the refund's id. */
    public static String stubRefund(String paymentIntentId) {
        return stubRefund(paymentIntentId, Duration.ZERO);
    }

    /** Answers a refund of the payment after the delay; returns the refund's id. */
    public static String stubRefund(String paymentIntentId, Duration delay) {
        String id = "re_" + randomId();
        SERVER.stubFor(post(urlPathEqualTo("/v1/refunds"))
                .withRequestBody(containing("payment_intent=" + paymentIntentId))
                .willReturn(okJson("""
                        {"id": "%s", "object": "refund", "payment_intent": "%s", "status": "succeeded"}"""
                        .formatted(id, paymentIntentId)).withFixedDelay(millis(delay))));
        return id;
    }

    /** A refund of the payment is never answered: the connection drops after the delay, every time it is asked. */
    public static void stubRefundLost(String paymentIntentId, Duration delay) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/refunds"))
                .withRequestBody(containing("payment_intent=" + paymentIntentId))
                .willReturn(lost(delay)));
    }

    /** Stripe's refusal to refund a payment that was refunded in full already (in its dashboard, say). */
    public static void stubRefundRefused(String paymentIntentId) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/refunds"))
                .withRequestBody(containing("payment_intent=" + paymentIntentId))
                .willReturn(error(400, "invalid_request_error", "charge_already_refunded",
                        "Charge has already been refunded.")));
    }

    /** Answers transfers to connected accounts; returns the transfer's id. */
    public static String stubTransfer() {
        String id = "tr_" + randomId();
        SERVER.stubFor(post(urlPathEqualTo("/v1/transfers")).willReturn(okJson("""
                {"id": "%s", "object": "transfer"}""".formatted(id))));
        return id;
    }

    /** Makes the creation of the organisation's connected account fail as Stripe does when it is in trouble. */
    public static void stubSellerAccountCreationFailure(UUID organisationId) {
        SERVER.stubFor(post(urlPathEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("seller-account-" + organisationId))
                .willReturn(error(500, "api_error", null, "Something went wrong on Stripe's end.")));
    }

    private static ResponseDefinitionBuilder lost(Duration delay) {
        return aResponse().withFixedDelay(millis(delay)).withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    private static int millis(Duration delay) {
        return Math.toIntExact(delay.toMillis());
    }

    private static ResponseDefinitionBuilder error(int status, String type,
            @Nullable String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Stripe-Should-Retry", "false")
                .withBody("""
                        {"error": {"type": "%s", "code": %s, "message": "%s"}}"""
                        .formatted(type, code == null ? "null" : "\"" + code + "\"", message));
    }

    // ---- What Stripe was asked

    /** A request the fake received: its form parameters decoded ({@code payment_intent_data[metadata][order_id]}). */
    public record Request(String path, Map<String, String> form, @Nullable String idempotencyKey,
            @Nullable String authorization) {
    }

    /** The POSTs to the path, oldest first. */
    public static List<Request> requests(String path) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(request -> new Request(path, form(request.getBodyAsString()), request.getHeader("Idempotency-Key"),
                        request.getHeader("Authorization")))
                .toList();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    // ---- Webhook events, as Stripe sends them

    /** An event around a data object, with a fresh {@code evt_} id. */
    public static String event(String type, Instant created, String dataObjectJson) {
        return event("evt_" + randomId(), type, created, dataObjectJson);
    }

    public static String event(String id, String type, Instant created, String dataObjectJson) {
        return """
                {"id": "%s", "object": "event", "api_version": "2025-03-31.basil", "created": %d,
                 "livemode": false, "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null},
                 "type": "%s", "data": {"object": %s}}""".formatted(id, created.getEpochSecond(), type, dataObjectJson);
    }

    public static String completedSession(UUID orderId, String sessionId, @Nullable String paymentIntentId,
            long amountTotal, String currency) {
        return """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "complete",
                 "payment_status": "paid", "client_reference_id": "%s", "metadata": {"order_id": "%s"},
                 "payment_intent": %s, "amount_total": %d, "currency": "%s"}"""
                .formatted(sessionId, orderId, orderId, paymentIntentId == null ? "null" : "\"" + paymentIntentId + "\"",
                        amountTotal, currency);
    }

    public static String expiredSession(UUID orderId, String sessionId) {
        return """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "expired",
                 "payment_status": "unpaid", "client_reference_id": "%s", "metadata": {"order_id": "%s"},
                 "payment_intent": null}""".formatted(sessionId, orderId, orderId);
    }

    public static String refundedCharge(String paymentIntentId, long amountRefunded, @Nullable UUID orderId) {
        return """
                {"id": "ch_%s", "object": "charge", "payment_intent": "%s", "amount_refunded": %d, "refunded": true,
                 "currency": "nok", "metadata": %s}"""
                .formatted(randomId(), paymentIntentId, amountRefunded,
                        orderId == null ? "{}" : "{\"order_id\": \"" + orderId + "\"}");
    }

    /** A refund Stripe could not pay back, as {@code charge.refund.updated} and {@code refund.failed} carry it. */
    public static String failedRefund(String refundId, String paymentIntentId) {
        return """
                {"id": "%s", "object": "refund", "payment_intent": "%s", "status": "failed",
                 "failure_reason": "expired_or_canceled_card", "amount": 199000, "currency": "nok"}"""
                .formatted(refundId, paymentIntentId);
    }

    public static String account(String accountId, boolean chargesEnabled, boolean payoutsEnabled,
            boolean detailsSubmitted) {
        return """
                {"id": "%s", "object": "account", "type": "express", "charges_enabled": %s,
                 "payouts_enabled": %s, "details_submitted": %s}"""
                .formatted(accountId, chargesEnabled, payoutsEnabled, detailsSubmitted);
    }

    /** The {@code Stripe-Signature} header Stripe sends with the payload now. */
    public static String signedWebhook(String payload) {
        return signature(payload, Instant.now(), WEBHOOK_SECRET);
    }

    /** {@code t=<seconds>,v1=<HMAC-SHA256 of "t.payload" under the secret, hex>}, as Stripe computes it. */
    public static String signature(String payload, Instant at, String secret) {
        long timestamp = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the payload to the application's webhook as Stripe does; a null signature sends no header. */
    public static HttpResponse<String> deliver(int port, String payload, @Nullable String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + WEBHOOK_PATH))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Delivers the payload signed with the right secret, now. */
    public static HttpResponse<String> deliver(int port, String payload) {
        return deliver(port, payload, signedWebhook(payload));
    }

    /**
     * An organisation that buyers can pay online: its connected account created through onboarding (as an
     * admin), then Stripe's {@code account.updated} with charges and payouts enabled delivered to the
     * webhook. Returns the account's id.
     */
    public static String connectSeller(Payments payments, UUID organisationId, int port) {
        String accountId = stubSellerAccountCreation(organisationId);
        stubAccountLink(accountId);
        TestSecurity.asAdmin(() -> payments.onboardingLink(organisationId, "/payments"));
        HttpResponse<String> answer = deliver(port, event("account.updated", Instant.now(),
                account(accountId, true, true, true)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The webhook refused account.updated: " + answer.statusCode());
        }
        return accountId;
    }

    private static String randomId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
