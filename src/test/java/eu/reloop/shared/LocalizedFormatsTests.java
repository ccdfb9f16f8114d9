package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedFormatsTests {

    private static final Locale BOKMAL = Translations.NORWEGIAN_BOKMAL;
    private static final Locale ENGLISH = Translations.ENGLISH;

    @Test
    void pricesFollowTheReadersLocale() {
        Money price = Money.of("1249.5", "NOK");

        assertThat(LocalizedFormats.money(price, BOKMAL)).isEqualTo("1\u00a0249,50\u00a0kr");
        assertThat(LocalizedFormats.money(price, ENGLISH)).isEqualTo("NOK\u00a01,249.50");
        assertThat(LocalizedFormats.money(Money.of("-5", "EUR"), ENGLISH)).isEqualTo("-€5.00");
    }

    @Test
    void distancesUseMetresNearbyAndFewerDecimalsFarAway() {
        assertThat(LocalizedFormats.distance(0.4237, ENGLISH)).isEqualTo("420 m");
        assertThat(LocalizedFormats.distance(2.46, BOKMAL)).isEqualTo("2,5 km");
        assertThat(LocalizedFormats.distance(2.46, ENGLISH)).isEqualTo("2.5 km");
        assertThat(LocalizedFormats.distance(123.4, ENGLISH)).isEqualTo("123 km");
    }

    @Test
    void datesAreWrittenTheLocalWay() {
        LocalDate date = LocalDate.of(2026, 11, 22);

        assertThat(LocalizedFormats.date(date, BOKMAL)).isEqualTo("22. nov. 2026");
        assertThat(LocalizedFormats.date(date, ENGLISH)).isEqualTo("Nov 22, 2026");
    }

    @Test
    void languagesAndTimesAreWrittenForTheReader() {
        assertThat(LocalizedFormats.language(BOKMAL, BOKMAL)).isEqualTo("Norsk bokmål");
        assertThat(LocalizedFormats.language(BOKMAL, ENGLISH)).isEqualTo("Norwegian Bokmål");
        assertThat(LocalizedFormats.time(java.time.LocalTime.of(16, 30), BOKMAL)).isEqualTo("16:30");
    }

    @Test
    void moneyKeepsTheCurrencysPrecisionAndGivesStripeMinorUnits() {
        assertThat(Money.of("99.999", "SEK").amount()).isEqualByComparingTo("100.00");
        assertThat(Money.of("1249.50", "NOK").minorUnits()).isEqualTo(124950);
        assertThat(Money.of("500", "ISK").minorUnits()).isEqualTo(500);
    }
}
