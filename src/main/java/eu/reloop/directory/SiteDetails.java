package eu.reloop.directory;

import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * A place where an organisation meets its customers, what it offers there, and when it is open. The
 * position is kept as two numbers rather than a {@link GeoPoint}, so that one out of range is a broken rule
 * naming {@code latitude} or {@code longitude}, like any other input, instead of an exception while the
 * input is being built.
 */
public record SiteDetails(
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String name,
        @Valid @NotNull Address address,
        @NotNull(message = "{directory.site.location-required}") @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
        @NotNull(message = "{directory.site.location-required}") @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude,
        @Valid @NotNull OpeningHours hours,
        Set<@Valid Offering> offerings) {

    public SiteDetails {
        name = name == null ? "" : name.strip();
        offerings = offerings == null ? Set.of() : Set.copyOf(offerings);
    }

    /** A site at a known position, or with none chosen yet ({@code null}, which the rules refuse). */
    public SiteDetails(String name, Address address, @Nullable GeoPoint location, OpeningHours hours,
            Set<Offering> offerings) {
        this(name, address, location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                hours, offerings);
    }

    /** Where the site is; only for details that keep the rules, as every stored site does. */
    public GeoPoint location() {
        return new GeoPoint(latitude, longitude);
    }

    /** Opening hours are kept in the time zone of the site's country. */
    public ZoneId timeZone() {
        return SiteTimeZones.of(address.country());
    }
}
