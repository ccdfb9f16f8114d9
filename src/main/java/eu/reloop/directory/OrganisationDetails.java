package eu.reloop.directory;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What an organisation says about itself; the messages are translation keys. */
public record OrganisationDetails(
        @NotBlank(message = "organisation.error.name-required")
        @Size(max = 200, message = "organisation.error.name-too-long") String legalName,
        @NotBlank(message = "organisation.error.country-required") String country,
        @NotBlank(message = "organisation.error.number-required") String organisationNumber,
        @Size(max = 4000, message = "organisation.error.description-too-long") String description,
        @Nullable @Pattern(regexp = "https?://\\S+", message = "organisation.error.website-invalid")
        @Size(max = 500, message = "organisation.error.website-invalid") String website,
        @Nullable @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "organisation.error.phone-invalid") String phone,
        @Nullable @Email(message = "organisation.error.email-invalid")
        @Size(max = 254, message = "organisation.error.email-invalid") String email,
        Set<@Pattern(regexp = "[a-z]{2}", message = "organisation.error.language-invalid") String> languages) {

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
