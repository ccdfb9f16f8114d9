package eu.reloop.search.ui;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.Function;

import com.vaadin.flow.router.QueryParameters;

import eu.reloop.geo.GeoPoint;

/**
 * A search URL's query parameters, read leniently: a value that cannot be used counts as absent, and is
 * kept by its parameter's name in {@link #unusable()}, so that the view can say so instead of dropping it
 * silently.
 */
final class UrlParameters {

    private final Map<String, List<String>> values;
    private final Map<String, String> unusable = new LinkedHashMap<>();

    UrlParameters(QueryParameters parameters) {
        this.values = parameters.getParameters();
    }

    /** The values read so far that could not be used, by parameter name (the first, for a repeated one). */
    Map<String, String> unusable() {
        return Map.copyOf(unusable);
    }

    Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    /** Every non-blank value of a repeated parameter. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(value -> !value.isEmpty())
                .toList();
    }

    /** A finite number that the predicate allows, or nothing. */
    Optional<Double> number(String name, DoublePredicate allowed) {
        return read(name, text -> finite(text).filter(allowed::test));
    }

    /** A whole number within the bounds, or nothing. */
    Optional<Integer> whole(String name, int min, int max) {
        return number(name, value -> value >= min && value <= max).map(Double::intValue);
    }

    /** A whole number that is one of those offered, or nothing. */
    Optional<Integer> oneOf(String name, Collection<Integer> offered) {
        return read(name, text -> finite(text).filter(value -> value == Math.rint(value)).map(Double::intValue)
                .filter(offered::contains));
    }

    /** A text that is one of those known, or nothing. */
    Optional<String> known(String name, Collection<String> known) {
        return read(name, text -> Optional.of(text).filter(known::contains));
    }

    /** {@code true} or {@code false}; the default without either. */
    boolean flag(String name, boolean otherwise) {
        return read(name, text -> text.equals("true") || text.equals("false")
                ? Optional.of(Boolean.parseBoolean(text)) : Optional.empty()).orElse(otherwise);
    }

    /** {@code lat} and {@code lon}, both given and on earth; where either is given without that, both are unusable. */
    Optional<GeoPoint> point() {
        Optional<String> lat = first("lat");
        Optional<String> lon = first("lon");
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        Optional<GeoPoint> point = lat.flatMap(UrlParameters::finite).flatMap(latitude -> lon.flatMap(UrlParameters::finite)
                .flatMap(longitude -> onEarth(latitude, longitude)));
        if (point.isEmpty()) {
            unusable.put("lat", lat.orElse(""));
            unusable.put("lon", lon.orElse(""));
        }
        return point;
    }

    /** The value, if it is one of the enum's constants. */
    <E extends Enum<E>> Optional<E> constant(String name, Class<E> type) {
        return read(name, value -> constantOf(value, type));
    }

    /** The values of a repeated parameter that are constants of the enum. */
    <E extends Enum<E>> Set<E> constants(String name, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        for (String value : all(name)) {
            constantOf(value, type).ifPresentOrElse(constants::add, () -> unusable.putIfAbsent(name, value));
        }
        return constants;
    }

    private <T> Optional<T> read(String name, Function<String, Optional<T>> reading) {
        Optional<String> text = first(name);
        Optional<T> value = text.flatMap(reading);
        if (text.isPresent() && value.isEmpty()) {
            unusable.putIfAbsent(name, text.get());
        }
        return value;
    }

    private static Optional<Double> finite(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<GeoPoint> onEarth(double latitude, double longitude) {
        try {
            return Optional.of(new GeoPoint(latitude, longitude));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> constantOf(String value, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
