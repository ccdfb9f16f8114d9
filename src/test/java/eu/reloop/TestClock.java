package eu.reloop;

import java.time.Duration;

import eu.reloop.shared.ShiftedClock;

/**
 * The application's clock in tests: the real time, shifted by however far a test moved it. Tests that
 * move it put it back ({@link #reset()}) so that the next test starts at the real time.
 */
public final class TestClock extends ShiftedClock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    protected Duration shift() {
        return offset;
    }
}
