package eu.reloop.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** What a visitor types to open a consumer account. */
public record SignUpRequest(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String displayName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL) @PrintableText String email,
        @NotBlank @AcceptablePassword String password) {

    /** Names lose surrounding blanks; e-mail addresses are kept in lower case, so case never makes a second account. */
    public SignUpRequest {
        displayName = displayName == null ? null : displayName.strip();
        email = EmailAddresses.normalise(email);
    }
}
