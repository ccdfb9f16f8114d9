package eu.reloop.handin;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of hand-ins ({@code reloop.handin.*}).
 *
 * @param perHour how many hand-ins a site takes per hour until its staff set their own number
 * @param slot how long one drop-off slot is; slots start on whole multiples of it from midnight
 * @param bookingHorizon how far ahead a hand-in may be booked
 * @param overdueAfter how long a received device may wait, neither erased nor moved on, before it is flagged
 * @param confirmWithin how long a receiving centre has to confirm a hand-over before it is flagged
 * @param flagCheckInterval how often new flags are looked for and told to their sites
 */
@ConfigurationProperties("reloop.handin")
public record HandInProperties(
        @DefaultValue("4") int perHour,
        @DefaultValue("30m") Duration slot,
        @DefaultValue("P60D") Period bookingHorizon,
        @DefaultValue("14d") Duration overdueAfter,
        @DefaultValue("2d") Duration confirmWithin,
        @DefaultValue("1h") Duration flagCheckInterval) {

    public HandInProperties {
        if (perHour < 1 || slot.isNegative() || slot.isZero() || Duration.ofHours(1).toMinutes() % slot.toMinutes() != 0) {
            throw new IllegalArgumentException("reloop.handin.per-hour must be at least 1 and reloop.handin.slot divide an hour");
        }
    }
}
