package eu.reloop.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import eu.reloop.embedded.WhenNoDatabaseConfigured;
import eu.reloop.shared.ShiftedClock;

/**
 * The application's clock with the demo data: the real time, except on the thread that loads the demo while it takes
 * a step of the past ({@link #at}). So the demo's hand-ins go through the real services, each step logged and dated
 * as it would have been, and still have days of history: a flag needs a device left waiting for two weeks. Why:
 * docs/decisions/demo-hand-ins-dated-in-the-past.md.
 */
@Component
@Primary
@WhenNoDatabaseConfigured
final class DemoClock extends ShiftedClock {

    private final ThreadLocal<Duration> shift = ThreadLocal.withInitial(() -> Duration.ZERO);

    /** Takes the step as if it were {@code when}; time goes on from there while it runs. */
    <T> T at(Instant when, Supplier<T> step) {
        shift.set(Duration.between(Instant.now(), when));
        try {
            return step.get();
        } finally {
            shift.remove();
        }
    }

    @Override
    protected Duration shift() {
        return shift.get();
    }
}
