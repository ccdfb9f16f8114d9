package eu.reloop.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import eu.reloop.directory.OfferedService;
import eu.reloop.geo.GeoPoint;

/**
 * A search for organisations near a point: within a radius, optionally for one device category and
 * service, certified only, open now, and the repair filters of Article 7; results sorted by distance and paged (page 0 is the first). Pages
 * stop where Elasticsearch's result window of 10,000 does (100 pages of the largest size).
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
        @Valid @NotNull RepairFilters repair) {

    /** A search without the repair filters. */
    public OrganisationQuery(GeoPoint origin, double radiusKm, @Nullable String category, @Nullable OfferedService service,
            boolean certifiedOnly, boolean openNow, int page, int size) {
        this(origin, radiusKm, category, service, certifiedOnly, openNow, page, size, RepairFilters.NONE);
    }

    public static final double DEFAULT_RADIUS_KM = 10;
    public static final int DEFAULT_SIZE = 20;
    /** The deepest page: Elasticsearch's result window of 10,000 holds no more pages of the largest size. */
    public static final int LAST_PAGE = 99;
}
