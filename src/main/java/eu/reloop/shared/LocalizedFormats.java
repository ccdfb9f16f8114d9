package eu.reloop.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Prices, dates and distances written the way the reader's locale writes them. */
public final class LocalizedFormats {

    /** Java's formats leave out CLDR's currency spacing: English gets "NOK1,249.50". */
    private static final Pattern LETTERS_THEN_DIGIT = Pattern.compile("(\\p{L})(\\d)");

    private LocalizedFormats() {
    }

    /** A code or letters for the currency is spaced from the digits, as CLDR has it: "NOK 1,249.50", "1 249,50 kr". */
    public static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return LETTERS_THEN_DIGIT.matcher(format.format(money.amount())).replaceAll("$1\u00a0$2");
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String dateTime(ZonedDateTime dateTime, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(dateTime);
    }

    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** A language's name as it would start a label: "Norwegian Bokmål" to an English reader, "Norsk bokmål" in its own. */
    public static String language(Locale language, Locale reader) {
        return capitalised(language.getDisplayLanguage(reader), reader);
    }

    /** "Norway" for "NO" to an English reader, "Norge" to a Norwegian one. */
    public static String country(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** Capitalised, for text that heads a label or a table row: "Mandag", not "mandag". */
    public static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** Metres below one kilometre, then kilometres with one decimal below ten, whole kilometres beyond. */
    public static String distance(double kilometres, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        if (kilometres < 1) {
            number.setMaximumFractionDigits(0);
            return number.format(Math.round(kilometres * 1000 / 10.0) * 10) + " m";
        }
        number.setMaximumFractionDigits(kilometres < 10 ? 1 : 0);
        return number.format(kilometres) + " km";
    }

    /** A mass in kilograms: one decimal below 100 kg, whole kilograms beyond. */
    public static String kilograms(BigDecimal kilograms, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(kilograms.abs().compareTo(BigDecimal.valueOf(100)) < 0 ? 1 : 0);
        number.setRoundingMode(RoundingMode.HALF_UP);
        return number.format(kilograms) + " kg";
    }
}
