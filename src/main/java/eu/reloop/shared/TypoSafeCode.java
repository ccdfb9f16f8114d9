package eu.reloop.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The shape of a short code people type from paper (a stamp's, a hand-in's, an erasure certificate's): random
 * symbols and a check symbol, in Crockford's base-32 alphabet (no I, L, O or U, so nothing reads as another).
 * The check symbol (Luhn mod 32) catches every single mistyped symbol and every swap of two neighbours (but 0
 * and Z), so a typo is told as a typo instead of answered as "unknown". Codes of different lengths cannot be
 * taken for each other, which lets one field tell the kinds apart.
 *
 * @param symbols how many random symbols come before the check symbol
 * @param groupSize how many symbols are shown between hyphens; the check symbol stands alone at the end
 */
public record TypoSafeCode(int symbols, int groupSize) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();

    /** What reading a typed code found. */
    public enum Reading {
        VALID, MALFORMED, TYPO
    }

    public TypoSafeCode {
        if (symbols < 1 || groupSize < 1) {
            throw new IllegalArgumentException("A code has at least one symbol in groups of at least one");
        }
    }

    /** A new random code, normalised (no hyphens). */
    public String generate(RandomGenerator random) {
        StringBuilder value = new StringBuilder(symbols + 1);
        for (int i = 0; i < symbols; i++) {
            value.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        return value.append(ALPHABET.charAt(checkValue(value))).toString();
    }

    /**
     * Reads a code as people type it: any case, with or without hyphens and spaces, and with O, I and L taken
     * for 0, 1 and 1 as Crockford's alphabet does.
     */
    public Reading read(String typed) {
        String value = normalise(typed);
        if (!hasShape(value)) {
            return Reading.MALFORMED;
        }
        return checks(value) ? Reading.VALID : Reading.TYPO;
    }

    /** The normalised code, if {@code typed} is one with the right check symbol. */
    public Optional<String> parse(String typed) {
        return read(typed) == Reading.VALID ? Optional.of(normalise(typed)) : Optional.empty();
    }

    /**
     * The normalised code {@code typed} is, or a refusal naming {@code field}: {@code typoKey} when only the check
     * symbol is wrong, {@code malformedKey} when it is no code of this shape. Both messages get the typed text.
     */
    public String readOrRefuse(String typed, String field, String typoKey, String malformedKey) {
        return switch (read(typed)) {
            case VALID -> normalise(typed);
            case TYPO -> throw RefusedException.onField(field, typoKey, typed);
            case MALFORMED -> throw RefusedException.onField(field, malformedKey, typed);
        };
    }

    /** Whether {@code value} is a normalised code with the right check symbol, as stored. */
    public boolean isWellFormed(String value) {
        return hasShape(value) && checks(value);
    }

    /** As printed: the groups and the check symbol between hyphens, such as {@code 7K3M-9QXD-Q}. */
    public String display(String value) {
        StringBuilder shown = new StringBuilder();
        for (int start = 0; start < symbols; start += groupSize) {
            shown.append(value, start, Math.min(start + groupSize, symbols)).append('-');
        }
        return shown.append(value.charAt(symbols)).toString();
    }

    private boolean hasShape(String value) {
        return value.length() == symbols + 1 && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private boolean checks(String value) {
        return ALPHABET.indexOf(value.charAt(symbols)) == checkValue(value.substring(0, symbols));
    }

    private static String normalise(String typed) {
        StringBuilder value = new StringBuilder();
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> value.append('0');
                case 'I', 'L' -> value.append('1');
                default -> value.append(c);
            }
        }
        return value.toString();
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
