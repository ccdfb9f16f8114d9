package eu.reloop.search.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;

/** A search URL's query parameters, read leniently: a value that makes no sense counts as absent. */
final class UrlParameters {

    private final Map<String, List<String>> values;

    UrlParameters(QueryParameters parameters) {
        this.values = parameters.getParameters();
    }

    Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    /** Every non-blank value of a repeated parameter. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(value -> !value.isEmpty())
                .toList();
    }

    Optional<Double> number(String name) {
        return first(name).flatMap(text -> {
            try {
                double value = Double.parseDouble(text);
                return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }

    /** A whole number within the bounds, or nothing. */
    Optional<Integer> whole(String name, int min, int max) {
        return number(name).filter(value -> value >= min && value <= max).map(Double::intValue);
    }

    /** {@code lat} and {@code lon}, both given and on earth. */
    Optional<GeoPoint> point() {
        Optional<Double> lat = number("lat");
        Optional<Double> lon = number("lon");
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoPoint(lat.get(), lon.get()));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    /** The value, if it is one of the enum's constants. */
    <E extends Enum<E>> Optional<E> constant(String name, Class<E> type) {
        return first(name).flatMap(value -> constantOf(value, type));
    }

    /** The values of a repeated parameter that are constants of the enum. */
    <E extends Enum<E>> Set<E> constants(String name, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        all(name).forEach(value -> constantOf(value, type).ifPresent(constants::add));
        return constants;
    }

    private static <E extends Enum<E>> Optional<E> constantOf(String value, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
