package eu.reloop.identity;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a visitor types to open a consumer account; the messages are translation keys. */
public record SignUpRequest(
        @NotBlank(message = "signup.error.name-required")
        @Size(max = 100, message = "signup.error.name-too-long") String displayName,
        @NotBlank(message = "signup.error.email-required")
        @Email(message = "signup.error.email-invalid")
        @Size(max = 254, message = "signup.error.email-invalid") String email,
        @NotBlank(message = "signup.error.password-required")
        @Size(min = SignUpRequest.MIN_PASSWORD_LENGTH, max = 128, message = "signup.error.password-length") String password) {

    /** Names lose surrounding blanks; e-mail addresses are kept in lower case, so case never makes a second account. */
    public SignUpRequest {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Length beats composition rules (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 10;
}
