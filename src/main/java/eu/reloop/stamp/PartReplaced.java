package eu.reloop.stamp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** A part the centre replaced, and whether it is an original or a compatible one. */
public record PartReplaced(@NotBlank @Size(max = TextLimits.NAME) @PrintableText String part, boolean original) {
}
