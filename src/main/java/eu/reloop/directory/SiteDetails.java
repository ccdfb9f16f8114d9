package eu.reloop.directory;

import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.reloop.geo.GeoPoint;

/** A place where an organisation meets its customers, what it offers there, and when it is open. */
public record SiteDetails(
        @NotBlank(message = "site.error.name-required") @Size(max = 200, message = "site.error.name-required") String name,
        @Valid @NotNull Address address,
        @NotNull(message = "site.error.location-required") GeoPoint location,
        @NotNull OpeningHours hours,
        Set<Offering> offerings) {

    public SiteDetails {
        name = name == null ? "" : name.strip();
        offerings = offerings == null ? Set.of() : Set.copyOf(offerings);
    }

    /** Opening hours are kept in the time zone of the site's country. */
    public ZoneId timeZone() {
        return SiteTimeZones.of(address.country());
    }
}
