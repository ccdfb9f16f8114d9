package eu.reloop.directory;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** What an organisation says about itself. */
public record OrganisationDetails(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String legalName,
        @NotBlank(message = "{directory.organisation.country-required}") String country,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String organisationNumber,
        @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String description,
        @Nullable @Pattern(regexp = "https?://\\S+", message = "{directory.organisation.website-invalid}")
        @Size(max = TextLimits.URL) @PrintableText String website,
        @Nullable @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "{directory.organisation.phone-invalid}")
        @PrintableText String phone,
        @Nullable @Email @Size(max = TextLimits.EMAIL) @PrintableText String email,
        Set<@Pattern(regexp = "[a-z]{2}", message = "{directory.organisation.language-invalid}") String> languages) {

    public OrganisationDetails {
        legalName = legalName == null ? "" : legalName.strip();
        description = description == null ? "" : description.strip();
        website = blankToNull(website);
        phone = blankToNull(phone);
        email = blankToNull(email);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
