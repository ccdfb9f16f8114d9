package eu.reloop.directory;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.reloop.identity.MemberRole;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** Whom an owner invites to the organisation's staff, and in which role. */
public record StaffInvitation(
        @NotBlank @Email @Size(max = TextLimits.EMAIL) @PrintableText String email,
        @NotNull MemberRole role) {

    /** Kept in lower case, as account addresses are, so the invitation matches the account it is for. */
    public StaffInvitation {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
