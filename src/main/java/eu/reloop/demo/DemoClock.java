package eu.reloop.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import eu.reloop.embedded.WhenNoDatabaseConfigured;

/**
 * The application's clock with the demo data: the real time, except on the thread that loads the demo while it takes
 * a step of the past ({@link #at}). So the demo's hand-ins go through the real services, each step logged and dated
 * as it would have been, and still have days of history: a flag needs a device left waiting for two weeks. Why:
 * docs/decisions/demo-hand-ins-dated-in-the-past.md.
 */
@Component
@Primary
@WhenNoDatabaseConfigured
final class DemoClock extends Clock {

    private final Clock real = Clock.systemUTC();
    private final ThreadLocal<Duration> behind = ThreadLocal.withInitial(() -> Duration.ZERO);

    /** Takes the step as if it were {@code when}; time goes on from there while it runs. */
    <T> T at(Instant when, Supplier<T> step) {
        behind.set(Duration.between(when, real.instant()));
        try {
            return step.get();
        } finally {
            behind.remove();
        }
    }

    @Override
    public Instant instant() {
        return real.instant().minus(behind.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application clock is UTC");
    }
}
