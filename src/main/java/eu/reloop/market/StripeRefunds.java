package eu.reloop.market;

import org.springframework.stereotype.Component;

import eu.reloop.payment.Payments;

/** Refunds an online order in full through the payment module; Stripe's webhook confirms it later. */
@Component
class StripeRefunds implements Refunds {

    private final Payments payments;

    StripeRefunds(Payments payments) {
        this.payments = payments;
    }

    @Override
    public String refund(Order order, String idempotencyKey) {
        String paymentIntentId = order.paymentIntentId();
        if (paymentIntentId == null) {
            throw new IllegalStateException("Order " + order.number() + " was paid online but names no Stripe payment");
        }
        return payments.refund(paymentIntentId, order.total().minorUnits(), idempotencyKey);
    }
}
