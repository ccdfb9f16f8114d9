package eu.reloop.directory;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * A date on which a site's weekly hours do not apply: closed all day (a holiday) when both times are
 * absent, otherwise open only from {@code opens} until {@code closes}.
 */
public record OpeningException(LocalDate date, @Nullable LocalTime opens, @Nullable LocalTime closes,
        @Size(max = TextLimits.NAME) @PrintableText String note) {

    public OpeningException {
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("The exception on " + date
                    + " needs both an opening and a closing time, or neither for a day closed");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("On " + date + " the closing time " + closes + " must be after the opening time "
                    + opens);
        }
    }

    public boolean closedAllDay() {
        return opens == null;
    }

    boolean contains(LocalTime time) {
        return opens != null && closes != null && !time.isBefore(opens) && time.isBefore(closes);
    }
}
