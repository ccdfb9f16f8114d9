package eu.reloop.stamp;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A stamp's short code, such as {@code 7K3M-9QXD-Q}: eight random symbols and a check symbol, in
 * Crockford's base-32 alphabet (no I, L, O or U, so nothing reads as another). The check symbol
 * (Luhn mod 32) catches every single mistyped symbol and every swap of two neighbours (but 0 and Z),
 * so a typo is told as a typo instead of answered as "unknown stamp".
 */
public record StampCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();
    private static final int SYMBOLS = 8;

    public StampCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a stamp code: " + value);
        }
    }

    /** What reading a typed code found. */
    public enum Reading {
        VALID, MALFORMED, TYPO
    }

    /** A new random code; 32^8 (about 10^12) codes, so guessing one that exists is hopeless. */
    public static StampCode generate(RandomGenerator random) {
        StringBuilder symbols = new StringBuilder(SYMBOLS);
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        return new StampCode(symbols + String.valueOf(ALPHABET.charAt(checkValue(symbols))));
    }

    /**
     * Reads a code as people type it: any case, with or without hyphens and spaces, and with O, I and L
     * taken for 0, 1 and 1 as Crockford's alphabet does.
     */
    public static Optional<StampCode> parse(String typed) {
        return read(typed) == Reading.VALID ? Optional.of(new StampCode(normalise(typed))) : Optional.empty();
    }

    public static Reading read(String typed) {
        String symbols = normalise(typed);
        if (symbols.length() != SYMBOLS + 1 || !symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Reading.MALFORMED;
        }
        return isWellFormed(symbols) ? Reading.VALID : Reading.TYPO;
    }

    /** As printed on labels: {@code 7K3M-9QXD-Q}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return display();
    }

    private static String normalise(String typed) {
        StringBuilder symbols = new StringBuilder();
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> symbols.append('0');
                case 'I', 'L' -> symbols.append('1');
                default -> symbols.append(c);
            }
        }
        return symbols.toString();
    }

    private static boolean isWellFormed(String symbols) {
        if (symbols.length() != SYMBOLS + 1 || !symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return ALPHABET.indexOf(symbols.charAt(SYMBOLS)) == checkValue(symbols.substring(0, SYMBOLS));
    }

    /** Luhn mod N over the symbols' values: doubles every second one from the right, digit sums in base N. */
    private static int checkValue(CharSequence symbols) {
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / BASE + addend % BASE;
        }
        return (BASE - sum % BASE) % BASE;
    }
}
