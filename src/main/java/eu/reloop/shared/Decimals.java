package eu.reloop.shared;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Decimal numbers as people and clients type them, bounded before any arithmetic: {@code 1E+1000000} is a
 * short text whose {@code setScale} would build a number of a million digits.
 */
public final class Decimals {

    /** Longer than any amount or measurement ReLoop takes, however it is written. */
    private static final int MAX_TEXT_LENGTH = 40;

    private Decimals() {
    }

    /**
     * The number written there, if it is one with at most {@code maxIntegerDigits} digits before the point
     * and {@code maxScale} after it (trailing zeros do not count); otherwise nothing.
     */
    public static Optional<BigDecimal> parse(@Nullable String text, int maxIntegerDigits, int maxScale) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        return within(value, maxIntegerDigits, maxScale) ? Optional.of(value) : Optional.empty();
    }

    /** Whether a number has at most so many digits before and after the point; cheap for any value. */
    public static boolean within(BigDecimal value, int maxIntegerDigits, int maxScale) {
        // precision() and scale() read the representation: nothing here grows with the exponent.
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > maxIntegerDigits) {
            return false;
        }
        if (value.scale() <= maxScale) {
            return true;
        }
        // A longer scale is fine only when the extra digits are zeros (12.50000); a huge scale never is.
        return value.scale() <= maxScale + MAX_TEXT_LENGTH && value.stripTrailingZeros().scale() <= maxScale;
    }
}
