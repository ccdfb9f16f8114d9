package eu.reloop.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often sign-in, sign-up and "forgot password" may be tried ({@code reloop.throttle.*}; the defaults are in
 * {@code application.yml}): per account typed and per client address for sign-in, per client address for sign-up
 * and reset, and per address a reset link goes to.
 */
@ConfigurationProperties("reloop.throttle")
record ThrottleProperties(Policy signInAccount, Policy signInAddress, Policy signUpAddress, Policy resetAddress,
        Policy resetTarget) {

    /**
     * Attempts counted in a window that starts with the first one. The first {@code freeAttempts} go ahead at
     * once; each further one is followed by a wait that starts at {@code firstDelay} and doubles; the
     * {@code pauseAfter}-th starts a pause, and nothing goes ahead until it ends.
     */
    record Policy(int freeAttempts, int pauseAfter, Duration window, Duration firstDelay, Duration pause) {

        /** Until when nothing may follow the given attempt; null when the next may follow at once. */
        @Nullable Instant blockedAfter(int attempt, Instant now) {
            if (paused(attempt)) {
                return now.plus(pause);
            }
            if (attempt <= freeAttempts) {
                return null;
            }
            // Doubling stops at the pause: a shift past 62 would overflow.
            int doublings = Math.min(attempt - freeAttempts - 1, 20);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return now.plus(delay.compareTo(pause) < 0 ? delay : pause);
        }

        boolean paused(int attempts) {
            return attempts >= pauseAfter;
        }
    }

    /** How long a count may matter: older ones are pruned. */
    Duration longestWindow() {
        return Stream.of(signInAccount, signInAddress, signUpAddress, resetAddress, resetTarget)
                .map(policy -> policy.window().compareTo(policy.pause()) > 0 ? policy.window() : policy.pause())
                .max(Duration::compareTo).orElseThrow();
    }
}
