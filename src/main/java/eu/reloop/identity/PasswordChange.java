package eu.reloop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in person's new password; the current one proves that it is them and not someone at their screen. */
public record PasswordChange(@NotBlank @Size(max = AcceptablePassword.MAX_LENGTH) String currentPassword,
        @NotBlank @AcceptablePassword String newPassword) {
}
