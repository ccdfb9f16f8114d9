package eu.reloop.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock (always UTC) at the real time shifted by however far a subclass moves it. */
public abstract class ShiftedClock extends Clock {

    /** How far from the real time this clock is now: ahead when positive. */
    protected abstract Duration shift();

    @Override
    public Instant instant() {
        return Instant.now().plus(shift());
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
