package eu.reloop.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** "Forgot password?": the address to send a link to, if it has an account. */
public record PasswordResetRequest(@NotBlank @Email @Size(max = TextLimits.EMAIL) @PrintableText String email) {

    public PasswordResetRequest {
        email = EmailAddresses.normalise(email);
    }
}
