package eu.reloop.stamp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** One functional test of the category's template: passed or not, with a note. */
public record TestResult(
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String test,
        boolean passed,
        @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String note) {
}
