package eu.reloop.market;

/**
 * Pays an online order back through Stripe. The call only starts the refund: Stripe's signed
 * {@code charge.refunded} webhook ({@link eu.reloop.payment.ChargeRefunded}) says when it went through,
 * and then {@link Returns#refundConfirmed} records it. Orders paid at pickup never come here: their
 * refund is handed over at the counter and recorded at once.
 */
interface Refunds {

    /**
     * Refunds what the buyer paid for the order ({@link Order#total()}).
     *
     * @param idempotencyKey the same for every attempt at the same refund, so that a retry never pays twice
     * @return Stripe's refund id
     */
    String refund(Order order, String idempotencyKey);
}
