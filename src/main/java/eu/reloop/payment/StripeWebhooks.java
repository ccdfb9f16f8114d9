package eu.reloop.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Account;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

import eu.reloop.shared.Ids;

/**
 * Turns Stripe's signed webhook deliveries into ReLoop's payment events. Each Stripe event is recorded by
 * its id and acted on only at its first delivery, in one transaction with the domain event it
 * publishes, so that the event publication registry hands that event on after commit, exactly when the
 * record exists. Nothing here calls Stripe: Stripe wants its answer fast.
 */
@Component
class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    private final PaymentRepository repository;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StripeWebhooks(PaymentRepository repository, PaymentProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the {@code Stripe-Signature} header against each configured signing secret, within the
     * tolerance against replays, and reads the event.
     *
     * @throws SignatureVerificationException when no secret signed this payload, or its time is too far off
     */
    Event verify(String payload, @Nullable String signatureHeader) throws SignatureVerificationException {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new SignatureVerificationException("No Stripe-Signature header", null);
        }
        SignatureVerificationException last = new SignatureVerificationException("No webhook secret configured", signatureHeader);
        for (String secret : properties.webhookSecrets()) {
            try {
                return Webhook.constructEvent(payload, signatureHeader, secret,
                        properties.webhookTolerance().toSeconds(), clock);
            } catch (SignatureVerificationException e) {
                last = e;
            } catch (RuntimeException e) {
                // Gson's parse error (the library's JSON reader, not on the compile path).
                throw new SignatureVerificationException("Signed, but not a Stripe event: " + e.getMessage(), signatureHeader);
            }
        }
        throw last;
    }

    /** Records a verified event and acts on it; false when it had been received before and nothing was done. */
    @Transactional
    boolean receive(Event event, String payload) {
        Instant occurredAt = Instant.ofEpochSecond(event.getCreated());
        if (!repository.recordEvent(event.getId(), event.getType(), occurredAt, payload, clock.instant())) {
            log.debug("Stripe event {} ({}) delivered again; already handled", event.getId(), event.getType());
            return false;
        }
        switch (event.getType()) {
            case "checkout.session.completed" -> dataObject(event, Session.class)
                    .filter(session -> !"unpaid".equals(session.getPaymentStatus()))
                    .ifPresent(session -> completed(session, occurredAt));
            // Paid later (a bank debit): completed above said "unpaid" and published nothing.
            case "checkout.session.async_payment_succeeded" -> dataObject(event, Session.class)
                    .ifPresent(session -> completed(session, occurredAt));
            case "checkout.session.expired", "checkout.session.async_payment_failed" -> dataObject(event, Session.class)
                    .ifPresent(session -> orderOf(session).ifPresent(order ->
                            events.publishEvent(new CheckoutExpired(order, session.getId(), occurredAt))));
            case "charge.refunded" -> dataObject(event, Charge.class)
                    .filter(charge -> charge.getPaymentIntent() != null)
                    .ifPresent(charge -> events.publishEvent(new ChargeRefunded(
                            Ids.parse(charge.getMetadata() == null ? null : charge.getMetadata().get("order_id")).orElse(null),
                            charge.getPaymentIntent(), orZero(charge.getAmountRefunded()), occurredAt)));
            case "refund.failed", "refund.updated", "charge.refund.updated" -> dataObject(event, Refund.class)
                    .filter(refund -> "failed".equals(refund.getStatus()) && refund.getPaymentIntent() != null)
                    .ifPresent(refund -> events.publishEvent(new RefundFailed(refund.getPaymentIntent(), refund.getId(),
                            refund.getFailureReason(), occurredAt)));
            case "account.updated" -> dataObject(event, Account.class)
                    .ifPresent(account -> accountUpdated(account, occurredAt));
            default -> log.debug("Stripe event {} of type {} recorded, not acted on", event.getId(), event.getType());
        }
        return true;
    }

    private void completed(Session session, Instant occurredAt) {
        orderOf(session).ifPresent(order -> events.publishEvent(new CheckoutCompleted(order, session.getId(),
                session.getPaymentIntent(), orZero(session.getAmountTotal()),
                session.getCurrency() == null ? "" : session.getCurrency(), occurredAt)));
    }

    /** Events repeat and overtake each other for days: only a newer state than the one stored counts. */
    private void accountUpdated(Account account, Instant occurredAt) {
        repository.updateSellerAccount(account.getId(), Boolean.TRUE.equals(account.getChargesEnabled()),
                        Boolean.TRUE.equals(account.getPayoutsEnabled()), Boolean.TRUE.equals(account.getDetailsSubmitted()),
                        occurredAt, clock.instant())
                .ifPresentOrElse(
                        organisation -> events.publishEvent(new SellerAccountUpdated(organisation,
                                Boolean.TRUE.equals(account.getChargesEnabled()))),
                        () -> log.debug("account.updated for {} is older than its stored state, or not a seller's account",
                                account.getId()));
    }

    /** Sessions that ReLoop did not start (no order id) are none of its business. */
    private static Optional<UUID> orderOf(Session session) {
        String order = session.getMetadata() == null ? null : session.getMetadata().get("order_id");
        UUID id = Ids.parse(order != null ? order : session.getClientReferenceId()).orElse(null);
        if (id == null) {
            log.info("Checkout session {} carries no ReLoop order id; ignored", session.getId());
        }
        return Optional.ofNullable(id);
    }

    /**
     * The event's object. The typed reading is empty when the event's API version is not the one this
     * library was built for (the webhook endpoint's version is set in Stripe's dashboard); the fields
     * read here are the same in every version, so then it is read regardless.
     */
    private static <T extends StripeObject> Optional<T> dataObject(Event event, Class<T> type) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        StripeObject object;
        try {
            object = data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            // Rolled back and answered with an error, so Stripe delivers it again after a fix.
            throw new IllegalStateException("Cannot read Stripe event " + event.getId() + ": " + e.getMessage(), e);
        }
        if (!type.isInstance(object)) {
            log.warn("Stripe event {} ({}) holds a {}, not a {}; ignored", event.getId(), event.getType(),
                    object == null ? "nothing" : object.getClass().getSimpleName(), type.getSimpleName());
            return Optional.empty();
        }
        return Optional.of(type.cast(object));
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
