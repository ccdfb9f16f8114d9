package eu.reloop.identity;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** What a visitor types to open a consumer account. */
public record SignUpRequest(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String displayName,
        @NotBlank @Email @Size(max = TextLimits.EMAIL) @PrintableText String email,
        @NotBlank @Size(min = SignUpRequest.MIN_PASSWORD_LENGTH, max = SignUpRequest.MAX_PASSWORD_LENGTH,
                message = "{identity.password-length}") String password) {

    /** Length beats composition rules (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Long enough for any passphrase; a longer text is a paste gone wrong, not a password. */
    public static final int MAX_PASSWORD_LENGTH = 128;

    /** Names lose surrounding blanks; e-mail addresses are kept in lower case, so case never makes a second account. */
    public SignUpRequest {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
