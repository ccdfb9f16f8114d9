package eu.reloop.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** One service a site offers for one device category, such as repair of phones. */
public record Offering(@NotBlank @Size(max = TextLimits.LABEL) @PrintableText String categoryCode,
        @NotNull OfferedService service) {
}
