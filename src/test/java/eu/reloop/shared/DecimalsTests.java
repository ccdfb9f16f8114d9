package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DecimalsTests {

    @Test
    void readsAmountsWithinTheirDigits() {
        assertThat(Decimals.parse("1249.50", 7, 2)).contains(new BigDecimal("1249.50"));
        assertThat(Decimals.parse(" 12.5000 ", 7, 2)).contains(new BigDecimal("12.5000"));
        assertThat(Decimals.parse("1E+3", 7, 2)).contains(new BigDecimal("1E+3"));
    }

    @Test
    void refusesWhatIsNoNumberOrTooLargeOrTooFineWithoutBuildingIt() {
        assertThat(Decimals.parse("1E+1000000", 7, 2)).isEmpty();
        assertThat(Decimals.parse("-1E+1000000", 7, 2)).isEmpty();
        assertThat(Decimals.parse("1E-1000000", 7, 2)).isEmpty();
        assertThat(Decimals.parse("1E+17", 7, 2)).isEmpty();
        assertThat(Decimals.parse("0.001", 7, 2)).isEmpty();
        assertThat(Decimals.parse("NaN", 7, 2)).isEmpty();
        assertThat(Decimals.parse("Infinity", 7, 2)).isEmpty();
        assertThat(Decimals.parse("", 7, 2)).isEmpty();
        assertThat(Decimals.parse(null, 7, 2)).isEmpty();
        assertThat(Decimals.parse("1".repeat(41), 50, 2)).isEmpty();
    }
}
