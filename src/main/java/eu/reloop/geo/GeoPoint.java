package eu.reloop.geo;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** A position on earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180, was " + longitude);
        }
    }

    /** Great-circle distance (haversine), as Elasticsearch's arc distance computes it. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    /** The latitude a point can have, as a rule on input that becomes one (NaN breaks it, once). */
    @Documented
    @DecimalMin("-90")
    @DecimalMax("90")
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    public @interface Latitude {

        String message() default "{eu.reloop.geo.GeoPoint.Latitude.message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The longitude a point can have, as a rule on input that becomes one (NaN breaks it, once). */
    @Documented
    @DecimalMin("-180")
    @DecimalMax("180")
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    public @interface Longitude {

        String message() default "{eu.reloop.geo.GeoPoint.Longitude.message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
