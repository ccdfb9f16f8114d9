package eu.reloop.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** A site's postal address. */
public record Address(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String street,
        @NotBlank @Size(max = Address.POSTCODE_LENGTH) @PrintableText String postcode,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String town,
        @NotBlank(message = "{directory.site.country-required}") String country) {

    /** Nordic postcodes have four or five digits, written with a country prefix at most ("SE-123 45"). */
    public static final int POSTCODE_LENGTH = 12;

    public Address {
        street = street == null ? "" : street.strip();
        postcode = postcode == null ? "" : postcode.strip();
        town = town == null ? "" : town.strip();
    }

    public String oneLine() {
        return street + ", " + postcode + " " + town;
    }
}
