package eu.reloop.directory;

import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * National organisation numbers of the Nordic countries, checked by their check digits so a typo is
 * caught before an organisation is registered under someone else's number.
 */
public final class OrganisationNumber {

    /** The countries ReLoop has organisations in, in the order pickers list them. */
    public static final List<String> COUNTRIES = List.of("NO", "DK", "SE", "FI", "IS");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int[] MOD11_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] Y_TUNNUS_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private OrganisationNumber() {
    }

    /**
     * The number in its canonical form (NO 9 digits, DK 8, SE "NNNNNN-NNNN", FI "NNNNNNN-N", IS 10 digits),
     * or empty when it is not a valid number of that country.
     */
    public static Optional<String> normalise(String country, String input) {
        String compact = SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
        // VAT numbers are the organisation number with the country code in front, and "MVA" behind in Norway.
        if (compact.startsWith(country)) {
            compact = compact.substring(country.length());
        }
        if (country.equals("NO") && compact.endsWith("MVA")) {
            compact = compact.substring(0, compact.length() - 3);
        }
        if (!DIGITS.matcher(compact).matches()) {
            return Optional.empty();
        }
        return switch (country) {
            case "NO" -> norwegian(compact);
            case "DK" -> danish(compact);
            case "SE" -> swedish(compact);
            case "FI" -> finnish(compact);
            case "IS" -> icelandic(compact);
            default -> Optional.empty();
        };
    }

    private static Optional<String> norwegian(String digits) {
        return digits.length() == 9 && mod11CheckDigitMatches(digits) ? Optional.of(digits) : Optional.empty();
    }

    private static Optional<String> danish(String digits) {
        boolean valid = digits.length() == 8 && digits.charAt(0) != '0' && weightedSum(digits, CVR_WEIGHTS) % 11 == 0;
        return valid ? Optional.of(digits) : Optional.empty();
    }

    private static Optional<String> swedish(String digits) {
        // The 12-digit form of a legal entity's number is the 10-digit one with 16 in front.
        String number = digits.length() == 12 && digits.startsWith("16") ? digits.substring(2) : digits;
        boolean valid = number.length() == 10 && luhnValid(number);
        return valid ? Optional.of(number.substring(0, 6) + "-" + number.substring(6)) : Optional.empty();
    }

    private static Optional<String> finnish(String digits) {
        // Older business IDs have six digits before the check digit; the leading zero is implied.
        String number = digits.length() == 7 ? "0" + digits : digits;
        if (number.length() != 8) {
            return Optional.empty();
        }
        int remainder = weightedSum(number, Y_TUNNUS_WEIGHTS) % 11;
        if (remainder == 1) {
            return Optional.empty();
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == digit(number, 7) ? Optional.of(number.substring(0, 7) + "-" + number.charAt(7)) : Optional.empty();
    }

    private static Optional<String> icelandic(String digits) {
        return digits.length() == 10 && mod11CheckDigitMatches(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** The ninth digit checks the first eight, as in Norwegian organisation numbers and Icelandic kennitölur. */
    private static boolean mod11CheckDigitMatches(String digits) {
        int check = 11 - weightedSum(digits, MOD11_WEIGHTS) % 11;
        if (check == 10) {
            return false;
        }
        return (check == 11 ? 0 : check) == digit(digits, 8);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int value = digit(digits, digits.length() - 1 - i);
            if (i % 2 == 1) {
                value *= 2;
                if (value > 9) {
                    value -= 9;
                }
            }
            sum += value;
        }
        return sum % 10 == 0;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
