package eu.reloop.handin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * A device someone brings, as they describe it (and the site corrects on receipt): its kind from the directory's
 * categories, brand and model, its serial number or IMEI if they know it, and whether it may hold their data.
 */
public record DeviceBrought(
        @NotBlank @Size(max = TextLimits.LABEL) String category,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String brand,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String model,
        @Size(max = TextLimits.LABEL) @PrintableText @Nullable String serial,
        boolean holdsData) {

    public DeviceBrought {
        brand = brand == null ? null : brand.strip();
        model = model == null ? null : model.strip();
        serial = serial == null || serial.isBlank() ? null : serial.strip();
    }
}
