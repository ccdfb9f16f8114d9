package eu.reloop.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * One interval a site is open every week, in the site's local time; opening at {@code opens}, closed again
 * from {@code closes}. Hours past midnight are written as two intervals, one on each day.
 */
public record WeeklyOpening(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public WeeklyOpening {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("On " + day + " the closing time " + closes + " must be after the opening time "
                    + opens + "; hours past midnight are written as two intervals, one on each day");
        }
        // The search index answers "open now" in whole minutes, so the hours must not be finer than that.
        if (!opens.equals(opens.truncatedTo(ChronoUnit.MINUTES)) || !closes.equals(closes.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException("Opening hours on " + day + " must be whole minutes, were " + opens + "-" + closes);
        }
    }

    boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}
