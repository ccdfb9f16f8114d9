package eu.reloop.stamp;

import java.util.Locale;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * Which physical item: its category (a directory code), brand, model, serial number or IMEI, and year. All
 * but the year are needed when the application starts, as the item cannot be changed after that.
 */
public record ItemIdentity(
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String category,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String brand,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String model,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String serialNumber,
        @Min(ItemIdentity.FIRST_YEAR) @Nullable Integer yearOfManufacture) {

    /** No item older than this comes in for reuse; a year before it is a typing slip. */
    public static final int FIRST_YEAR = 1950;

    public ItemIdentity {
        brand = brand.strip();
        model = model.strip();
        serialNumber = serialNumber.strip();
    }

    /**
     * A serial as it is compared and hashed: without white space and hyphens, upper case (the database's
     * {@code item_serial_key} does the same).
     */
    public static String normalisedSerial(String serial) {
        return serial.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** As the public sees it: all but the last four characters hidden. */
    public String maskedSerial() {
        return maskedSerial(serialNumber);
    }

    /** A serial as it is shown in public: only its last four symbols. */
    public static String maskedSerial(String serial) {
        int shown = Math.min(4, serial.length());
        return "\u2022".repeat(Math.max(0, serial.length() - shown)) + serial.substring(serial.length() - shown);
    }
}
