package eu.reloop.market;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the marketplace ({@code reloop.market.*}).
 *
 * @param reservation how long starting checkout holds an item
 * @param pickupHold how long an item reserved to pay at pickup waits for the buyer
 * @param returnWindow how long after delivery or pickup the buyer may ask to return the item
 * @param claimAnswerTime how long the seller has to answer a warranty claim
 * @param holdCheckInterval how often lapsed holds are released
 * @param maxOpenHolds how many items one buyer may hold at once (in checkout, being paid, or waiting for pickup)
 * @param lapsedPickupLimit after this many reservations to pay at pickup that lapsed uncollected within
 *        {@code lapsedPickupPeriod}, the buyer may no longer reserve to pay at pickup (paying online stays open)
 * @param lapsedPickupPeriod how far back lapsed pickups count
 * @param paymentRecoveryInterval how often Stripe calls left unfinished (a crash, a time-out) are finished
 * @param paymentRecoveryAfter how long a Stripe call may still be under way before the recovery takes it over:
 *        longer than the client's timeouts and retries allow one to last
 */
@ConfigurationProperties("reloop.market")
public record MarketProperties(
        @DefaultValue("15m") Duration reservation,
        @DefaultValue("P3D") Period pickupHold,
        @DefaultValue("P30D") Period returnWindow,
        @DefaultValue("P14D") Period claimAnswerTime,
        @DefaultValue("1m") Duration holdCheckInterval,
        @DefaultValue("3") int maxOpenHolds,
        @DefaultValue("2") int lapsedPickupLimit,
        @DefaultValue("90d") Duration lapsedPickupPeriod,
        @DefaultValue("1m") Duration paymentRecoveryInterval,
        @DefaultValue("3m") Duration paymentRecoveryAfter) {

    public MarketProperties {
        if (maxOpenHolds < 1 || lapsedPickupLimit < 1) {
            throw new IllegalArgumentException("reloop.market.max-open-holds and lapsed-pickup-limit must be at least 1");
        }
    }
}
