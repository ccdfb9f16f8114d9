package eu.reloop.identity;

import jakarta.validation.constraints.NotBlank;

/** A new password set through the single-use link from "Forgot password?". */
public record PasswordReset(@NotBlank String token, @NotBlank @AcceptablePassword String password) {
}
