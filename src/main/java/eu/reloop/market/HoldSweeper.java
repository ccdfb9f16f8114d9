package eu.reloop.market;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Lets go of orders whose hold ran out: an abandoned checkout, or a pickup nobody came for. Search needs
 * no sweep (a document's hold ends by itself at its instant); this frees the item in PostgreSQL and tells
 * the buyer. Each order is released in its own transaction, under its lock, so a late payment webhook
 * sees either the hold or its release, never half of it; its Stripe session is expired after that commits.
 */
@Component
class HoldSweeper {

    private static final int BATCH = 200;

    private final OrderRepository orders;
    private final Sales sales;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HoldSweeper(OrderRepository orders, Sales sales, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.sales = sales;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reloop.market.hold-check-interval:1m}", initialDelayString = "30s")
    @SchedulerLock(name = "market.hold-sweeper", lockAtLeastFor = "${reloop.market.hold-check-interval:1m}",
            lockAtMostFor = "${reloop.market.hold-check-interval:1m}")
    public void sweep() {
        releaseLapsedHolds();
    }

    /** The sweep without the lock (tests run it at will). Public: called package-private, the lock's proxy would run it on itself. */
    public void releaseLapsedHolds() {
        List<UUID> lapsed;
        do {
            lapsed = orders.lapsedHolds(clock.instant(), BATCH);
            lapsed.forEach(this::releaseIfLapsed);
        } while (lapsed.size() == BATCH);
    }

    void releaseIfLapsed(UUID orderId) {
        Optional<Order> released = transactions.execute(status -> orders.lock(orderId).filter(order -> {
            Instant now = clock.instant();
            if (!Checkout.lapsed(order, now)) {
                return false;
            }
            sales.expire(order, now);
            return true;
        }));
        released.ifPresent(sales::expireSession);
    }
}
