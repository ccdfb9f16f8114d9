package eu.reloop.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.validation.ConstraintViolationException;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.Gazetteer;
import eu.reloop.geo.GeoPoint;

/**
 * What the public search endpoints share: where to search (a point or a place), the category check, and
 * answers to bad parameters, always a 400 with a message saying what to change, never a 500.
 *
 * <p>Optional parameters say {@code required = false} although they are {@code @Nullable}: Spring would
 * otherwise look for the nullness annotation on every request that leaves one out, re-reading the method's
 * annotations each time, which cost the listing search (nine optional filters) about a millisecond.
 */
abstract class SearchApi {

    private final Gazetteer gazetteer;
    private final Organisations organisations;

    SearchApi(Gazetteer gazetteer, Organisations organisations) {
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    /** The ranges the endpoint's parameters must keep to, for the message on a value out of range. */
    abstract String ranges();

    GeoPoint origin(@Nullable Double lat, @Nullable Double lon, @Nullable String place) {
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

    void requireKnownCategory(@Nullable String category) {
        if (category != null && organisations.categories().stream().map(DeviceCategory::code).noneMatch(category::equals)) {
            throw new BadSearchException("Unknown category '" + category + "'. Known: " + organisations.categories()
                    .stream().map(DeviceCategory::code).collect(Collectors.joining(", ")));
        }
    }

    @ExceptionHandler(BadSearchException.class)
    ProblemDetail badSearch(BadSearchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail outOfRange(ConstraintViolationException e) {
        Set<String> fields = e.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Out of range: " + String.join(", ", fields)
                + " (" + ranges() + ").");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        ResolvableType declared = ResolvableType.forMethodParameter(e.getParameter());
        // The element type for a repeated parameter such as grade.
        Class<?> type = Collection.class.isAssignableFrom(declared.toClass())
                ? declared.asCollection().resolveGeneric(0) : declared.resolve();
        String hint = type != null && type.isEnum() ? " Known: " + Arrays.toString(type.getEnumConstants()) : "";
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
