package eu.reloop.directory.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.reloop.directory.WeeklyOpening;
import eu.reloop.shared.LocalizedFormats;

/** Languages, countries, weekdays and opening times written the way the reader's locale writes them. */
public final class DirectoryFormats {

    private DirectoryFormats() {
    }

    /** "Norwegian Bokmål" for "nb" to an English reader, "Norsk bokmål" to a Norwegian one. */
    static String language(String code, Locale locale) {
        return LocalizedFormats.language(Locale.forLanguageTag(code), locale);
    }

    /** Capitalised, since it heads a table row or a field: "Mandag", not "mandag". */
    static String day(DayOfWeek day, Locale locale) {
        return LocalizedFormats.capitalised(day.getDisplayName(TextStyle.FULL, locale), locale);
    }

    static String interval(LocalTime opens, LocalTime closes, Locale locale) {
        return LocalizedFormats.time(opens, locale) + "\u2013" + LocalizedFormats.time(closes, locale);
    }

    /** A site's weekly opening hours on one line, from Monday: "Monday 09:00–17:00, Tuesday 09:00–17:00". */
    public static String weekly(List<WeeklyOpening> weekly, Locale locale) {
        return weekly.stream().sorted(Comparator.comparing(WeeklyOpening::day).thenComparing(WeeklyOpening::opens))
                .map(opening -> day(opening.day(), locale) + " " + interval(opening.opens(), opening.closes(), locale))
                .collect(Collectors.joining(", "));
    }
}
