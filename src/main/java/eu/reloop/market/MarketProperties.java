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
 */
@ConfigurationProperties("reloop.market")
public record MarketProperties(
        @DefaultValue("15m") Duration reservation,
        @DefaultValue("P3D") Period pickupHold,
        @DefaultValue("P30D") Period returnWindow,
        @DefaultValue("P14D") Period claimAnswerTime,
        @DefaultValue("1m") Duration holdCheckInterval) {
}
