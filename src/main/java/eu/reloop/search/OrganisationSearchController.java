package eu.reloop.search;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolationException;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;

/** The public location search, as JSON: the same search the "Find a repairer" view runs. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Find certified repairers, reuse centres and collection points near a place")
class OrganisationSearchController {

    private final OrganisationSearch search;
    private final Gazetteer gazetteer;
    private final Organisations organisations;

    OrganisationSearchController(OrganisationSearch search, Gazetteer gazetteer, Organisations organisations) {
        this.search = search;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    @Operation(summary = "Sites of organisations near a point or place, nearest first",
            description = "Give either lat and lon, or place (a Nordic town name; place names from GeoNames "
                    + "(www.geonames.org), CC BY 4.0). Each hit has its distance from the origin in km.")
    SearchPage<OrganisationHit> organisations(
            @Parameter(description = "Latitude of the origin, WGS 84") @RequestParam @Nullable Double lat,
            @Parameter(description = "Longitude of the origin, WGS 84") @RequestParam @Nullable Double lon,
            @Parameter(description = "A town name instead of lat/lon, e.g. Bergen, København, Göteborg")
            @RequestParam @Nullable String place,
            @Parameter(description = "Search radius in km, 0.1 to 500") @RequestParam(defaultValue = "10") double radiusKm,
            @Parameter(description = "Device category code, e.g. phones, washing-machines") @RequestParam @Nullable String category,
            @Parameter(description = "Offered service") @RequestParam @Nullable OfferedService service,
            @Parameter(description = "Only organisations with a valid certificate") @RequestParam(defaultValue = "true") boolean certifiedOnly,
            @Parameter(description = "Only sites open at this moment, in their own time zone") @RequestParam(defaultValue = "false") boolean openNow,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        GeoPoint origin = origin(lat, lon, place);
        if (category != null && organisations.categories().stream().map(DeviceCategory::code).noneMatch(category::equals)) {
            throw new BadSearchException("Unknown category '" + category + "'. Known: " + categoryCodes());
        }
        return search.search(new OrganisationQuery(origin, radiusKm, category, service, certifiedOnly, openNow, page, size));
    }

    private GeoPoint origin(@Nullable Double lat, @Nullable Double lon, @Nullable String place) {
        if (lat != null && lon != null) {
            try {
                return new GeoPoint(lat, lon);
            } catch (IllegalArgumentException e) {
                throw new BadSearchException(e.getMessage());
            }
        }
        if (lat != null || lon != null) {
            throw new BadSearchException("Give both lat and lon, or a place.");
        }
        if (place == null || place.isBlank()) {
            throw new BadSearchException("Say where to search: lat and lon, or a place such as Bergen.");
        }
        return gazetteer.find(place).map(found -> found.location())
                .orElseThrow(() -> new BadSearchException("Unknown place '" + place + "'. Try a nearby town."));
    }

    private String categoryCodes() {
        return organisations.categories().stream().map(DeviceCategory::code).collect(Collectors.joining(", "));
    }

    @ExceptionHandler(BadSearchException.class)
    ProblemDetail badSearch(BadSearchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail outOfRange(ConstraintViolationException e) {
        Set<String> fields = e.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Out of range: " + String.join(", ", fields)
                + " (radiusKm 0.1 to 500, page 0 to 1000, size 1 to 100).");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        String hint = e.getRequiredType() == OfferedService.class
                ? " Known services: " + java.util.Arrays.toString(OfferedService.values()) : "";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' cannot be '" + e.getValue() + "'." + hint);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ProblemDetail unavailable(SearchUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Search is temporarily unavailable. Please try again in a minute.");
    }

    /** A search that cannot run as asked; the message says what to change. */
    static class BadSearchException extends RuntimeException {
        BadSearchException(String message) {
            super(message);
        }
    }
}
