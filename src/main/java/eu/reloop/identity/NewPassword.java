package eu.reloop.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A password a person chooses: length rather than composition rules (NIST SP 800-63B). */
public record NewPassword(
        @NotBlank @Size(min = NewPassword.MIN_LENGTH, max = NewPassword.MAX_LENGTH,
                message = "{identity.password-length}") String password) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
}
