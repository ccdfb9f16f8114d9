package eu.reloop.directory;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.reloop.directory.OpeningHours.MinuteRange;
import eu.reloop.directory.OpeningHours.OpenPeriod;

class OpeningHoursTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final WeeklyOpening MONDAY_OFFICE_HOURS = new WeeklyOpening(MONDAY, time("09:00"), time("17:00"));
    private static final WeeklyOpening SUNDAY_MARKET = new WeeklyOpening(SUNDAY, time("10:00"), time("16:00"));

    @Test
    void opensInclusiveAndClosesExclusive() {
        OpeningHours hours = new OpeningHours(List.of(MONDAY_OFFICE_HOURS), List.of());

        assertThat(hours.isOpenAt(inOslo("2026-03-30T08:59:59"), OSLO)).isFalse();
        assertThat(hours.isOpenAt(inOslo("2026-03-30T09:00"), OSLO)).isTrue();
        assertThat(hours.isOpenAt(inOslo("2026-03-30T16:59:59"), OSLO)).isTrue();
        assertThat(hours.isOpenAt(inOslo("2026-03-30T17:00"), OSLO)).isFalse();
        assertThat(hours.isOpenAt(inOslo("2026-03-31T12:00"), OSLO)).as("a Tuesday").isFalse();
    }

    @Test
    void theSiteTimeZoneDecidesTheLocalTime() {
        OpeningHours hours = new OpeningHours(List.of(MONDAY_OFFICE_HOURS), List.of());
        // 07:30 UTC is 09:30 in Oslo (CEST) but 10:30 in Helsinki (EEST) and 07:30 in Reykjavik.
        Instant instant = Instant.parse("2026-03-30T07:30:00Z");

        assertThat(hours.isOpenAt(instant, OSLO)).isTrue();
        assertThat(hours.isOpenAt(instant, ZoneId.of("Atlantic/Reykjavik"))).isFalse();
    }

    @Test
    void aHolidayClosesANormallyOpenDay() {
        OpeningException easterMonday = new OpeningException(LocalDate.parse("2026-04-06"), null, null, "Andre påskedag");
        OpeningHours hours = new OpeningHours(List.of(MONDAY_OFFICE_HOURS), List.of(easterMonday));

        assertThat(easterMonday.closedAllDay()).isTrue();
        assertThat(hours.isOpenAt(inOslo("2026-04-06T12:00"), OSLO)).isFalse();
        assertThat(hours.isOpenAt(inOslo("2026-04-13T12:00"), OSLO)).as("the Monday after").isTrue();
    }

    @Test
    void specialHoursReplaceTheWeeklyOnesThatDay() {
        OpeningException shortMonday = new OpeningException(LocalDate.parse("2026-12-21"), time("10:00"), time("14:00"),
                "Christmas stocktaking");
        OpeningException christmasSaturday = new OpeningException(LocalDate.parse("2026-12-19"), time("10:00"),
                time("15:00"), "Open for Christmas shopping");
        OpeningHours hours = new OpeningHours(List.of(MONDAY_OFFICE_HOURS), List.of(shortMonday, christmasSaturday));

        assertThat(hours.isOpenAt(inOslo("2026-12-21T09:30"), OSLO)).isFalse();
        assertThat(hours.isOpenAt(inOslo("2026-12-21T10:00"), OSLO)).isTrue();
        assertThat(hours.isOpenAt(inOslo("2026-12-21T14:00"), OSLO)).isFalse();
        assertThat(hours.isOpenAt(inOslo("2026-12-21T16:00"), OSLO)).isFalse();
        assertThat(hours.isOpenAt(inOslo("2026-12-19T12:00"), OSLO)).as("a Saturday, normally closed").isTrue();
    }

    @Test
    void sundayHoursHoldOnTheSpringForwardDay() {
        OpeningHours hours = new OpeningHours(List.of(SUNDAY_MARKET), List.of());
        // On 29 March 2026 Oslo moves from UTC+1 to UTC+2 at 01:00 UTC, so the market is open 08:00-14:00 UTC.

        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T07:59:00Z"), OSLO)).as("09:59 CEST").isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T08:00:00Z"), OSLO)).as("10:00 CEST").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T09:30:00Z"), OSLO)).as("11:30 CEST").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T13:59:00Z"), OSLO)).as("15:59 CEST").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-03-29T14:30:00Z"), OSLO)).as("16:30 CEST").isFalse();
    }

    @Test
    void sundayHoursHoldOnTheFallBackDay() {
        OpeningHours hours = new OpeningHours(List.of(SUNDAY_MARKET), List.of());
        // On 25 October 2026 Oslo moves from UTC+2 to UTC+1 at 01:00 UTC, so the market is open 09:00-15:00 UTC.

        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T08:59:00Z"), OSLO)).as("09:59 CET").isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T09:00:00Z"), OSLO)).as("10:00 CET").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T10:30:00Z"), OSLO)).as("11:30 CET").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T14:30:00Z"), OSLO)).as("15:30 CET").isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-10-25T15:30:00Z"), OSLO)).as("16:30 CET").isFalse();
    }

    @Test
    void weeklyMinuteRangesCountFromMondayMidnight() {
        OpeningHours hours = new OpeningHours(List.of(SUNDAY_MARKET, MONDAY_OFFICE_HOURS), List.of());

        assertThat(hours.weeklyMinuteRanges()).containsExactly(
                new MinuteRange(540, 1020),
                new MinuteRange(6 * 1440 + 600, 6 * 1440 + 960));
    }

    @Test
    void specialOpeningsAreAbsolutePeriodsWithTheOffsetOfTheirDay() {
        OpeningHours hours = new OpeningHours(List.of(SUNDAY_MARKET), List.of(
                new OpeningException(LocalDate.parse("2026-03-29"), time("10:00"), time("14:00"), "Short Sunday"),
                new OpeningException(LocalDate.parse("2026-03-28"), time("10:00"), time("14:00"), "Spring fair"),
                new OpeningException(LocalDate.parse("2026-04-05"), null, null, "Easter Sunday")));

        assertThat(hours.specialOpenings(OSLO)).containsExactly(
                new OpenPeriod(Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-28T13:00:00Z")),
                new OpenPeriod(Instant.parse("2026-03-29T08:00:00Z"), Instant.parse("2026-03-29T12:00:00Z")));
        assertThat(hours.exceptionDates()).containsExactly(
                LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"), LocalDate.parse("2026-04-05"));
    }

    @Test
    void sitesWithoutKnownHoursAreNeverOpen() {
        assertThat(OpeningHours.none().isOpenAt(inOslo("2026-03-30T12:00"), OSLO)).isFalse();
        assertThat(OpeningHours.none().weeklyMinuteRanges()).isEmpty();
    }

    @Test
    void theListsAreCopied() {
        List<WeeklyOpening> weekly = new ArrayList<>(List.of(MONDAY_OFFICE_HOURS));
        OpeningHours hours = new OpeningHours(weekly, List.of());

        weekly.clear();

        assertThat(hours.weekly()).containsExactly(MONDAY_OFFICE_HOURS);
    }

    @Test
    void overlappingIntervalsOnOneDayAreRejected() {
        WeeklyOpening afternoon = new WeeklyOpening(MONDAY, time("16:00"), time("20:00"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningHours(List.of(afternoon, MONDAY_OFFICE_HOURS), List.of()))
                .withMessageContaining("MONDAY overlap");
    }

    @Test
    void adjacentIntervalsAndTheSameHoursOnOtherDaysAreAccepted() {
        WeeklyOpening evening = new WeeklyOpening(MONDAY, time("17:00"), time("20:00"));
        WeeklyOpening sunday = new WeeklyOpening(SUNDAY, time("09:00"), time("17:00"));

        assertThat(new OpeningHours(List.of(MONDAY_OFFICE_HOURS, evening, sunday), List.of()).weekly()).hasSize(3);
    }

    @Test
    void closingMustComeAfterOpeningOnTheSameDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklyOpening(MONDAY, time("22:00"), time("02:00")))
                .withMessageContaining("two intervals");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklyOpening(MONDAY, time("09:00"), time("09:00")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklyOpening(MONDAY, time("09:00:30"), time("17:00")))
                .withMessageContaining("whole minutes");
    }

    @Test
    void anExceptionHasBothTimesOrNeither() {
        LocalDate date = LocalDate.parse("2026-12-24");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningException(date, time("10:00"), null, "Christmas Eve"))
                .withMessageContaining("both an opening and a closing time");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningException(date, time("14:00"), time("10:00"), "Christmas Eve"));
    }

    @Test
    void aDateHasAtMostOneException() {
        LocalDate date = LocalDate.parse("2026-12-24");
        List<OpeningException> twice = List.of(
                new OpeningException(date, null, null, "Christmas Eve"),
                new OpeningException(date, time("10:00"), time("13:00"), "Christmas Eve"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OpeningHours(List.of(), twice))
                .withMessageContaining("two opening exceptions on 2026-12-24");
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    private static Instant inOslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }
}
