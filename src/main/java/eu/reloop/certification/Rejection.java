package eu.reloop.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * Why a certifier rejects an application; the organisation reads it. It is written in the decision's note,
 * so it has the note's limit. A record of its own, so that the review page can check it before asking
 * to confirm.
 */
public record Rejection(
        @NotBlank(message = "{eu.reloop.certification.rejection-reason.required}") @Size(max = TextLimits.NOTE)
        @PrintableText(multiLine = true) String reason) {
}
