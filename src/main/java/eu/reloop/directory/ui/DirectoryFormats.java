package eu.reloop.directory.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Languages, countries, weekdays and opening times written the way the reader's locale writes them. */
final class DirectoryFormats {

    /** The countries ReLoop has organisations in, in the order pickers list them. */
    static final List<String> COUNTRIES = List.of("NO", "DK", "SE", "FI", "IS");

    private DirectoryFormats() {
    }

    /** "Norwegian Bokmål" for "nb" to an English reader, "Norsk bokmål" to a Norwegian one. */
    static String language(String code, Locale locale) {
        return capitalised(Locale.forLanguageTag(code).getDisplayLanguage(locale), locale);
    }

    static String country(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** Capitalised, since it heads a table row or a field: "Mandag", not "mandag". */
    static String day(DayOfWeek day, Locale locale) {
        return capitalised(day.getDisplayName(TextStyle.FULL, locale), locale);
    }

    static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    static String interval(LocalTime opens, LocalTime closes, Locale locale) {
        return time(opens, locale) + "\u2013" + time(closes, locale);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
