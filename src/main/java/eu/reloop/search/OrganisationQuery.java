package eu.reloop.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.OfferedService;
import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * A search for organisations near a point: within a radius, optionally for one device category and
 * service, certified only, open now, and the repair filters of Article 7; results sorted by distance and paged (page 0 is the first). Pages
 * stop where Elasticsearch's result window of 10,000 does (100 pages of the largest size). Text, when given, must
 * match the organisation's or the site's name or the name of a device category it offers, in any inflected form
 * and spelling of the Nordic languages, forgiving typos ({@link TextQueries}).
 */
public record OrganisationQuery(
        @NotNull GeoPoint origin,
        @DecimalMin("0.1") @DecimalMax("500") double radiusKm,
        @Nullable String category,
        @Nullable OfferedService service,
        boolean certifiedOnly,
        boolean openNow,
        @Min(0) @Max(LAST_PAGE) int page,
        @Min(1) @Max(100) int size,
        @Valid @NotNull RepairFilters repair,
        @Nullable @Size(max = TextLimits.NAME) @PrintableText String text) {

    public OrganisationQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** A search without the repair filters or text. */
    public OrganisationQuery(GeoPoint origin, double radiusKm, @Nullable String category, @Nullable OfferedService service,
            boolean certifiedOnly, boolean openNow, int page, int size) {
        this(origin, radiusKm, category, service, certifiedOnly, openNow, page, size, RepairFilters.NONE, null);
    }

    public static final double DEFAULT_RADIUS_KM = 10;
    public static final int DEFAULT_SIZE = 20;
    /** The deepest page: Elasticsearch's result window of 10,000 holds no more pages of the largest size. */
    public static final int LAST_PAGE = 99;
}
