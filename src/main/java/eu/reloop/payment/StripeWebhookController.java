package eu.reloop.payment;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;

import eu.reloop.shared.RefusedException;

/**
 * Where Stripe delivers webhook events. Only a JSON delivery signed with a configured secret is read;
 * anything else gets a 4xx problem (see the shared API problems) and leaves no trace. A 200 tells Stripe
 * to stop delivering that event.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/api/v1/payments/stripe/webhook";
    private static final String SIGNATURE = "Stripe-Signature";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** The body as bytes: the signature covers exactly what was sent, so it must not be decoded as anything else first. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> receive(@RequestBody byte[] body,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signature) {
        String payload = new String(body, StandardCharsets.UTF_8);
        Event event;
        try {
            event = webhooks.verify(payload, signature);
        } catch (SignatureVerificationException e) {
            log.warn("Stripe webhook refused: {}", e.getMessage());
            throw RefusedException.onField(SIGNATURE, "payment.error.webhook-signature");
        }
        webhooks.receive(event, payload);
        return ResponseEntity.ok().build();
    }
}
