package eu.reloop.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Account;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.checkout.SessionCreateParams;

import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.Organisations;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.SiteProperties;

/**
 * Money through Stripe: sellers onboard to a connected account (Express); a buyer pays in a Checkout
 * Session whose charge goes to the seller's account less ReLoop's fee (a destination charge); refunds
 * take the money back from the seller. What Stripe decides later arrives through the webhook as events
 * ({@link CheckoutCompleted}, ...).
 *
 * <p>Callers call these methods outside database transactions ({@link StripeApi} refuses otherwise): they
 * commit what a call is for first, make the call, and commit its outcome after, so that a slow Stripe holds
 * no connection and no row. Every call that creates something carries an idempotency key derived from what it
 * is for, so that asking again after a lost answer, or a crash, gets the same object and never a second one.
 */
@Service
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    /**
     * How long a checkout can be paid. Stripe refuses an expiry less than 30 minutes ahead; the ten minutes more
     * let a request that never reached Stripe be sent again, with the same expiry, and still be taken.
     */
    public static final Duration CHECKOUT_LIFETIME = Duration.ofMinutes(40);

    private final PaymentRepository repository;
    private final StripeApi stripe;
    private final PaymentProperties properties;
    private final Organisations organisations;
    private final SiteProperties site;
    private final Clock clock;

    Payments(PaymentRepository repository, StripeApi stripe, PaymentProperties properties,
            Organisations organisations, SiteProperties site, Clock clock) {
        this.repository = repository;
        this.stripe = stripe;
        this.properties = properties;
        this.organisations = organisations;
        this.site = site;
        this.clock = clock;
    }

    /** Whether buyers can pay online on this ReLoop at all; without it they reserve and pay at pickup. */
    public boolean onlineEnabled() {
        return properties.onlineEnabled();
    }

    /** ReLoop's fee, in percent of each payment. */
    public BigDecimal platformFeePercent() {
        return properties.platformFeePercent();
    }

    @Transactional(readOnly = true)
    public Optional<SellerAccount> sellerAccount(UUID organisationId) {
        return repository.sellerAccount(organisationId);
    }

    /** Whether a buyer can pay this organisation online now: its connected account may take charges. */
    @Transactional(readOnly = true)
    public boolean canTakeCharges(UUID organisationId) {
        return onlineEnabled() && repository.sellerAccount(organisationId).map(SellerAccount::chargesEnabled).orElse(false);
    }

    /**
     * A one-time link to Stripe's onboarding for the organisation's connected account, which is created
     * on the first call and reused after. Stripe sends the user back to {@code returnPath} when done, and
     * to the same path when the link has expired (opening it again makes a fresh link).
     */
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public String onboardingLink(UUID organisationId, String returnPath) {
        requireOnline();
        String accountId = repository.sellerAccount(organisationId).map(SellerAccount::stripeAccountId)
                .orElseGet(() -> createAccount(organisationId));
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl(site.link(returnPath))
                .setReturnUrl(site.link(returnPath))
                .build();
        return stripe.call("account link for " + accountId, client -> client.v1().accountLinks().create(params)).getUrl();
    }

    private String createAccount(UUID organisationId) {
        OrganisationDetails details = organisations.profile(organisationId)
                .orElseThrow(() -> RefusedException.because("payment.error.unknown-organisation"))
                .organisation().details();
        AccountCreateParams.Builder params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCountry(details.country())
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder().setRequested(true).build())
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putMetadata("organisation_id", organisationId.toString());
        if (details.email() != null) {
            params.setEmail(details.email());
        }
        // The key makes a retry, or a second click in another tab, get the same account, not a second one.
        RequestOptions once = RequestOptions.builder().setIdempotencyKey("seller-account-" + organisationId).build();
        Account account = stripe.call("account for " + organisationId,
                client -> client.v1().accounts().create(params.build(), once));
        repository.insertSellerAccount(organisationId, account.getId(), clock.instant());
        return repository.sellerAccount(organisationId).orElseThrow().stripeAccountId();
    }

    /**
     * Starts Stripe Checkout for an order: the buyer pays the whole amount to the seller's account, less
     * ReLoop's fee. One session per order: asking again with the same request gets the same session back
     * (within Stripe's 24 hours for an idempotency key); asking with other details is refused
     * ({@code payment.error.checkout-already-started}).
     *
     * @throws RefusedException when online payment is off or the seller cannot take charges
     * @throws PaymentProviderException when Stripe fails
     */
    public CheckoutSession startCheckout(CheckoutRequest request) {
        requireOnline();
        String destination = repository.sellerAccount(request.sellerOrganisationId())
                .filter(SellerAccount::chargesEnabled).map(SellerAccount::stripeAccountId)
                .orElseThrow(() -> RefusedException.because("payment.error.seller-cannot-take-charges"));
        long amount = request.amount().minorUnits();
        if (amount <= 0) {
            throw new IllegalArgumentException("A checkout needs a positive amount, not " + request.amount());
        }
        String orderId = request.orderId().toString();
        Instant expiresAt = request.expiresAt();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(amount)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description()).build())
                                .build())
                        .build())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setApplicationFeeAmount(applicationFee(amount))
                        .setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder()
                                .setDestination(destination).build())
                        .putMetadata("order_id", orderId)
                        .build())
                .putMetadata("order_id", orderId)
                .setClientReferenceId(orderId)
                .setCustomerEmail(request.buyerEmail())
                .setExpiresAt(expiresAt.getEpochSecond())
                .setSuccessUrl(site.link(request.successPath()))
                .setCancelUrl(site.link(request.cancelPath()))
                .build();
        RequestOptions once = RequestOptions.builder().setIdempotencyKey("checkout-" + orderId).build();
        Session session;
        try {
            session = stripe.call("checkout for order " + orderId, client -> client.v1().checkout().sessions().create(params, once));
        } catch (PaymentProviderException e) {
            if (e.getCause() instanceof IdempotencyException && e.refusedByStripe()) {
                throw RefusedException.because("payment.error.checkout-already-started");
            }
            throw e;
        }
        return new CheckoutSession(session.getId(), session.getUrl(),
                session.getExpiresAt() == null ? expiresAt : Instant.ofEpochSecond(session.getExpiresAt()));
    }

    /** ReLoop's share of an amount in minor units, rounded half-even to a whole minor unit. */
    long applicationFee(long amountMinor) {
        return BigDecimal.valueOf(amountMinor).multiply(properties.platformFeePercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /**
     * Ends a checkout that can no longer be paid (the order was cancelled). A session that is already
     * expired or complete is left as it is: the webhook tells which it was.
     */
    public void expireCheckout(String sessionId) {
        try {
            stripe.call("expiring checkout " + sessionId, client -> client.v1().checkout().sessions().expire(sessionId));
        } catch (PaymentProviderException e) {
            if (!(e.getCause() instanceof InvalidRequestException)) {
                throw e;
            }
            log.info("Checkout {} was not expired, as it is no longer open: {}", sessionId, e.getCause().getMessage());
        }
    }

    /**
     * Gives money back to the buyer. The seller's transfer is reversed in proportion and ReLoop's fee is
     * returned in proportion, so that the seller pays back what it received and ReLoop keeps no fee on
     * money the buyer got back.
     *
     * @param idempotencyKey the same key for the same refund, so that a retry never refunds twice
     * @return Stripe's refund id
     */
    public String refund(String paymentIntentId, long amountMinor, String idempotencyKey) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A refund needs a positive amount, not " + amountMinor);
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(amountMinor)
                .setReverseTransfer(true)
                .setRefundApplicationFee(true)
                .build();
        RequestOptions once = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        return stripe.call("refund of " + paymentIntentId, client -> client.v1().refunds().create(params, once)).getId();
    }

    /**
     * Gives the seller back the amount of a refund Stripe could not pay to the buyer. The refund took it from
     * the seller (a reversed transfer, fee included) and a failed refund leaves it in ReLoop's balance; with
     * it back, the seller pays the buyer another way. Returns the transfer's id.
     */
    public String returnFailedRefund(UUID sellerOrganisationId, long amountMinor, String currency, String idempotencyKey) {
        SellerAccount account = repository.sellerAccount(sellerOrganisationId).orElseThrow(() ->
                new IllegalStateException("Organisation " + sellerOrganisationId + " was paid online but has no Stripe account"));
        TransferCreateParams params = TransferCreateParams.builder()
                .setAmount(amountMinor)
                .setCurrency(currency.toLowerCase(Locale.ROOT))
                .setDestination(account.stripeAccountId())
                .build();
        RequestOptions once = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        return stripe.call("return of a failed refund to " + account.stripeAccountId(),
                client -> client.v1().transfers().create(params, once)).getId();
    }

    private void requireOnline() {
        if (!onlineEnabled()) {
            throw RefusedException.because("payment.error.not-configured");
        }
    }
}
