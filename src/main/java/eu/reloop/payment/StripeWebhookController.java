package eu.reloop.payment;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;

/**
 * Where Stripe delivers webhook events. Only a delivery signed with a configured secret is read; anything
 * else gets a 400 and leaves no trace. A 200 tells Stripe to stop delivering that event.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/api/v1/payments/stripe/webhook";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** The body as bytes: the signature covers exactly what was sent, so it must not be decoded as anything else first. */
    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody byte[] body,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
        String payload = new String(body, StandardCharsets.UTF_8);
        Event event;
        try {
            event = webhooks.verify(payload, signature);
        } catch (SignatureVerificationException e) {
            log.warn("Stripe webhook refused: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        webhooks.receive(event, payload);
        return ResponseEntity.ok().build();
    }
}
