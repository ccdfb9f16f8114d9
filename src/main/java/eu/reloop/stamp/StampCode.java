package eu.reloop.stamp;

import java.util.Optional;
import java.util.random.RandomGenerator;

import eu.reloop.shared.TypoSafeCode;

/**
 * A stamp's short code, such as {@code 7K3M-9QXD-Q}: eight random symbols and a check symbol
 * ({@link TypoSafeCode}), so a typo is told as a typo instead of answered as "unknown stamp".
 */
public record StampCode(String value) {

    public static final TypoSafeCode FORMAT = new TypoSafeCode(8, 4);

    public StampCode {
        if (!FORMAT.isWellFormed(value)) {
            throw new IllegalArgumentException("Not a stamp code: " + value);
        }
    }

    /** A new random code; 32^8 (about 10^12) codes, so guessing one that exists is hopeless. */
    public static StampCode generate(RandomGenerator random) {
        return new StampCode(FORMAT.generate(random));
    }

    /** Reads a code as people type it ({@link TypoSafeCode#read}). */
    public static Optional<StampCode> parse(String typed) {
        return FORMAT.parse(typed).map(StampCode::new);
    }

    public static TypoSafeCode.Reading read(String typed) {
        return FORMAT.read(typed);
    }

    /** As printed on labels: {@code 7K3M-9QXD-Q}. */
    public String display() {
        return FORMAT.display(value);
    }

    @Override
    public String toString() {
        return display();
    }
}
