package eu.reloop.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A site's postal address. */
public record Address(
        @NotBlank(message = "site.error.street-required") @Size(max = 200, message = "site.error.street-required") String street,
        @NotBlank(message = "site.error.postcode-required") @Size(max = 12, message = "site.error.postcode-invalid") String postcode,
        @NotBlank(message = "site.error.town-required") @Size(max = 100, message = "site.error.town-required") String town,
        @NotBlank(message = "site.error.country-required") String country) {

    public Address {
        street = street == null ? "" : street.strip();
        postcode = postcode == null ? "" : postcode.strip();
        town = town == null ? "" : town.strip();
    }

    public String oneLine() {
        return street + ", " + postcode + " " + town;
    }
}
