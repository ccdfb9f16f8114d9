package eu.reloop.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * A signed-in person's new address, used once a link sent to it is opened. The current password is asked
 * for because whoever controls the address can reset the password, and so the account.
 */
public record EmailChange(@NotBlank @Email @Size(max = TextLimits.EMAIL) @PrintableText String email,
        @NotBlank @Size(max = AcceptablePassword.MAX_LENGTH) String currentPassword) {

    public EmailChange {
        email = EmailAddresses.normalise(email);
    }
}
