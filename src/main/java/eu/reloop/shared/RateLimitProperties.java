package eu.reloop.shared;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Rate limits per client address ({@code reloop.rate-limits.*}). */
@ConfigurationProperties("reloop.rate-limits")
public record RateLimitProperties(@DefaultValue Api api) {

    /**
     * The public API ({@code /api/**} and {@code /.well-known/**}).
     *
     * @param capacity how many requests a client may send at once
     * @param refillPeriod how long an empty bucket takes to fill again, gradually
     * @param maxClients how many clients' buckets an instance keeps; the least recently seen go first
     * @param exemptPaths paths with no limit (Stripe's signed webhook)
     */
    public record Api(@DefaultValue("600") long capacity, @DefaultValue("1m") Duration refillPeriod,
            @DefaultValue("100000") long maxClients, @DefaultValue Set<String> exemptPaths) {
    }
}
