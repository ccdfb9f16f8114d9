package eu.reloop.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Finishes Stripe calls that a crash or a time-out left half done. Each call's purpose was committed before it
 * was made, and its outcome is committed after; what has a purpose but no outcome once a call could no longer
 * be under way ({@code reloop.market.payment-recovery-after}) is asked of Stripe again, under the same
 * idempotency key, so that Stripe answers with what it did (or does it now), never twice: a checkout being
 * started (or, once its session could no longer be paid, let go), a return's refund, a late payment's refund,
 * and a failed refund's amount given back to the seller. Stripe keeps a key for 24 hours; later, asking again
 * could do a second time what was done, so older calls are left for a person (the log says which failed).
 */
@Component
class PaymentRecovery {

    private static final Logger log = LoggerFactory.getLogger(PaymentRecovery.class);
    static final Duration STRIPE_KEY_LIFETIME = Duration.ofHours(24);
    private static final int BATCH = 100;

    private final OrderRepository orders;
    private final ReturnRepository returns;
    private final CheckoutStarts checkoutStarts;
    private final Returns returnSteps;
    private final PaymentOutcomes outcomes;
    private final MarketProperties properties;
    private final Clock clock;

    PaymentRecovery(OrderRepository orders, ReturnRepository returns, CheckoutStarts checkoutStarts, Returns returnSteps,
            PaymentOutcomes outcomes, MarketProperties properties, Clock clock) {
        this.orders = orders;
        this.returns = returns;
        this.checkoutStarts = checkoutStarts;
        this.returnSteps = returnSteps;
        this.outcomes = outcomes;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reloop.market.payment-recovery-interval:1m}", initialDelayString = "45s")
    @SchedulerLock(name = "market.payment-recovery", lockAtLeastFor = "${reloop.market.payment-recovery-interval:1m}",
            lockAtMostFor = "${reloop.market.payment-recovery-interval:1m}")
    public void recover() {
        finishStripeCalls();
    }

    /** The recovery without the lock (tests run it at will). Public: called package-private, the lock's proxy would run it on itself. */
    public void finishStripeCalls() {
        Instant now = clock.instant();
        Instant settled = now.minus(properties.paymentRecoveryAfter());
        Instant forgotten = now.minus(STRIPE_KEY_LIFETIME);
        finish("checkout start", orders.checkoutStartsUnsettled(settled, BATCH), checkoutStarts::finish);
        finish("return refund", returns.refundStartsUnsettled(forgotten, settled, BATCH), returnSteps::startRefund);
        finish("late payment refund", orders.lateRefundsUnsettled(forgotten, settled, BATCH), outcomes::refundLatePayment);
        finish("failed refund's transfer", returns.transfersUnsettled(forgotten, settled, BATCH),
                returnSteps::repayFailedRefund);
    }

    /** One at a time, each on its own: one that fails again is tried at the next run, the others go ahead. */
    private static void finish(String what, List<UUID> ids, Consumer<UUID> step) {
        for (UUID id : ids) {
            try {
                step.accept(id);
            } catch (RuntimeException stillUnfinished) {
                log.warn("Payment recovery: {} {} is still unfinished: {}", what, id, stillUnfinished.getMessage());
            }
        }
    }
}
