package eu.reloop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** The name a signed-in person is shown by. */
public record NameChange(@NotBlank @Size(max = TextLimits.NAME) @PrintableText String displayName) {

    public NameChange {
        displayName = displayName == null ? null : displayName.strip();
    }
}
