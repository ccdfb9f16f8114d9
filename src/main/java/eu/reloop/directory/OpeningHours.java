package eu.reloop.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

/**
 * When a site is open: the same intervals every week, and dates that differ (holidays, special hours).
 * All times are the site's local time, so "Sunday 10:00" stays 10:00 across daylight-saving changes.
 */
public record OpeningHours(List<WeeklyOpening> weekly, List<@Valid OpeningException> exceptions) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public OpeningHours {
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
        rejectOverlaps(weekly);
        rejectSecondExceptionOnADate(exceptions);
    }

    /** A site whose hours are not known, and which is therefore never shown as open. */
    public static OpeningHours none() {
        return new OpeningHours(List.of(), List.of());
    }

    /** An exception for the local date decides on its own; otherwise the weekly intervals of that weekday do. */
    public boolean isOpenAt(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        LocalTime time = local.toLocalTime();
        return exceptionOn(local.toLocalDate())
                .map(exception -> exception.contains(time))
                .orElseGet(() -> weekly.stream()
                        .anyMatch(opening -> opening.day() == local.getDayOfWeek() && opening.contains(time)));
    }

    /** The weekly intervals in minutes since Monday 00:00 local time, earliest first, for "open now" queries. */
    public List<MinuteRange> weeklyMinuteRanges() {
        return weekly.stream()
                .map(opening -> new MinuteRange(minuteOfWeek(opening.day(), opening.opens()),
                        minuteOfWeek(opening.day(), opening.closes())))
                .sorted(Comparator.comparingInt(MinuteRange::from))
                .toList();
    }

    public List<LocalDate> exceptionDates() {
        return exceptions.stream().map(OpeningException::date).sorted().toList();
    }

    /** The special hours of exception dates as absolute periods, earliest first. */
    public List<OpenPeriod> specialOpenings(ZoneId zone) {
        return exceptions.stream()
                .filter(exception -> !exception.closedAllDay())
                .sorted(Comparator.comparing(OpeningException::date))
                // ZonedDateTime.of picks the right offset for each time, also on a daylight-saving day.
                .map(exception -> new OpenPeriod(
                        ZonedDateTime.of(exception.date(), exception.opens(), zone).toInstant(),
                        ZonedDateTime.of(exception.date(), exception.closes(), zone).toInstant()))
                .toList();
    }

    private Optional<OpeningException> exceptionOn(LocalDate date) {
        return exceptions.stream().filter(exception -> exception.date().equals(date)).findFirst();
    }

    private static int minuteOfWeek(DayOfWeek day, LocalTime time) {
        return (day.getValue() - 1) * MINUTES_PER_DAY + time.toSecondOfDay() / 60;
    }

    private static void rejectOverlaps(List<WeeklyOpening> weekly) {
        List<WeeklyOpening> byStart = weekly.stream()
                .sorted(Comparator.comparing(WeeklyOpening::day).thenComparing(WeeklyOpening::opens))
                .toList();
        // Sorted by start, any overlap shows up between neighbours.
        for (int i = 1; i < byStart.size(); i++) {
            WeeklyOpening previous = byStart.get(i - 1);
            WeeklyOpening next = byStart.get(i);
            if (previous.day() == next.day() && next.opens().isBefore(previous.closes())) {
                throw new IllegalArgumentException("Opening hours on " + next.day() + " overlap: " + previous.opens() + "-"
                        + previous.closes() + " and " + next.opens() + "-" + next.closes());
            }
        }
    }

    private static void rejectSecondExceptionOnADate(List<OpeningException> exceptions) {
        Set<LocalDate> dates = new HashSet<>();
        for (OpeningException exception : exceptions) {
            if (!dates.add(exception.date())) {
                throw new IllegalArgumentException("There are two opening exceptions on " + exception.date()
                        + "; a date has at most one");
            }
        }
    }

    /**
     * A weekly interval in minutes since Monday 00:00 local time (0 to 10080), from inclusive, to exclusive,
     * so the search index can answer "open now" with a range query.
     */
    public record MinuteRange(int from, int to) {

        public static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

        public MinuteRange {
            if (from < 0 || to > MINUTES_PER_WEEK || from >= to) {
                throw new IllegalArgumentException("A minute range must lie within 0-" + MINUTES_PER_WEEK
                        + " and end after it starts, was " + from + "-" + to);
            }
        }
    }

    /** A stretch of time a site is open, from inclusive, to exclusive. */
    public record OpenPeriod(Instant from, Instant to) {
    }
}
