package eu.reloop.geo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Turns what people type ("malmo", "København", "Brevik, SE") into a {@link Place}, offline, from the
 * GeoNames towns of the Nordic countries in {@code geo/nordic-places.csv} and the local and alternative
 * names in {@code geo/place-aliases.csv}. Matching ignores case and accents.
 */
@Service
public class Gazetteer {

    /** The credit the GeoNames licence asks for; show it wherever place names are offered. */
    public static final String ATTRIBUTION = "Place names: GeoNames (www.geonames.org), CC BY 4.0";

    private static final String PLACES = "/geo/nordic-places.csv";
    private static final String ALIASES = "/geo/place-aliases.csv";

    // When a name is shared or a prefix is short, these are what people most likely mean.
    private static final Set<String> MAJOR_CITIES = Set.of("Oslo", "Bergen", "Trondheim", "Stavanger",
            "Copenhagen", "Århus", "Odense", "Aalborg", "Stockholm", "Gothenburg", "Malmö", "Uppsala",
            "Helsinki", "Espoo", "Tampere", "Turku", "Reykjavík");

    // "Brevik, SE" or "Brevik (SE)"; the name part may still carry a region, as in a Place's label.
    private static final Pattern COUNTRY_SUFFIX =
            Pattern.compile("(.+?)\\s*(?:,\\s*(\\p{Alpha}{2})|\\(\\s*(\\p{Alpha}{2})\\s*\\))");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final List<Entry> entries = new ArrayList<>();

    public Gazetteer() {
        List<Place> places = rows(PLACES).stream()
                .map(row -> new Place(row[1], row[2], row[0],
                        new GeoPoint(Double.parseDouble(row[3]), Double.parseDouble(row[4]))))
                .toList();
        Set<String> known = new HashSet<>();
        places.forEach(place -> known.add(key(place.country(), place.name())));
        Map<String, List<String>> aliasesByPlace = new HashMap<>();
        for (String[] row : rows(ALIASES)) {
            String target = key(row[1], row[2]);
            // A typo in the alias file would otherwise silently make a city unfindable by its local name.
            if (!known.contains(target)) {
                throw new IllegalStateException("Alias " + row[0] + " names no place in " + PLACES + ": " + target);
            }
            aliasesByPlace.computeIfAbsent(target, k -> new ArrayList<>()).add(fold(row[0]));
        }
        for (Place place : places) {
            entries.add(new Entry(place, fold(place.name()),
                    aliasesByPlace.getOrDefault(key(place.country(), place.name()), List.of()),
                    MAJOR_CITIES.contains(place.name()), entries.size()));
        }
    }

    /**
     * The place called {@code query}, by name or alias. "Name, CC" or "Name (CC)" picks the country, and a
     * place's {@link Place#label() label} finds that place again. Among several, a place called exactly
     * that wins over one found through an alias, then a major city, then the first in the file.
     */
    public Optional<Place> find(String query) {
        Query parsed = Query.parse(query);
        if (parsed.name().isEmpty()) {
            return Optional.empty();
        }
        return entries.stream()
                .filter(entry -> entry.foldedName().equals(parsed.name()) || entry.foldedAliases().contains(parsed.name()))
                .filter(entry -> parsed.country() == null || entry.place().country().equals(parsed.country()))
                .filter(entry -> parsed.region() == null || fold(entry.place().region()).equals(parsed.region()))
                .min(Comparator.comparing((Entry entry) -> !entry.foldedName().equals(parsed.name()))
                        .thenComparing(entry -> !entry.major())
                        .thenComparingInt(Entry::order))
                .map(Entry::place);
    }

    /**
     * Up to {@code limit} places whose name or alias starts with {@code prefix}, then those that contain
     * it; major cities first, then alphabetical.
     */
    public List<Place> suggest(String prefix, int limit) {
        String folded = fold(prefix);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        record Match(Entry entry, int rank) {
        }
        Set<String> labels = new HashSet<>();
        return entries.stream()
                .map(entry -> new Match(entry, entry.rank(folded)))
                .filter(match -> match.rank() < Entry.NO_MATCH)
                .sorted(Comparator.comparingInt(Match::rank)
                        .thenComparing(match -> !match.entry().major())
                        .thenComparing(match -> match.entry().foldedName())
                        .thenComparingInt(match -> match.entry().order()))
                .map(match -> match.entry().place())
                // Some towns share name and region; a second identical line in a list would help nobody.
                .filter(place -> labels.add(place.label()))
                .limit(limit)
                .toList();
    }

    /** The place closest to {@code point}, to name where a user's device says they are. */
    public Optional<Place> nearest(GeoPoint point) {
        return entries.stream()
                .map(Entry::place)
                .min(Comparator.comparingDouble(place -> place.location().distanceKm(point)));
    }

    /**
     * Lower case without accents; the Nordic letters that are not an accented Latin letter are spelt
     * the way people type them on a keyboard without them.
     */
    static String fold(String text) {
        String spelt = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("æ", "ae").replace("å", "a")
                .replace("ð", "d").replace("þ", "th").replace("ß", "ss");
        return COMBINING_MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFD)).replaceAll("");
    }

    private static String key(String country, String name) {
        return country + "/" + name;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private record Entry(Place place, String foldedName, List<String> foldedAliases, boolean major, int order) {

        static final int NO_MATCH = 2;

        /** 0 when the name or an alias starts with {@code folded}, 1 when one contains it. */
        int rank(String folded) {
            if (foldedName.startsWith(folded) || foldedAliases.stream().anyMatch(alias -> alias.startsWith(folded))) {
                return 0;
            }
            if (foldedName.contains(folded) || foldedAliases.stream().anyMatch(alias -> alias.contains(folded))) {
                return 1;
            }
            return NO_MATCH;
        }
    }

    /** A typed place name, folded, split from the region and country it may name. */
    private record Query(String name, @Nullable String region, @Nullable String country) {

        static Query parse(String text) {
            String name = text.strip();
            @Nullable String country = null;
            Matcher suffix = COUNTRY_SUFFIX.matcher(name);
            if (suffix.matches()) {
                name = suffix.group(1);
                country = (suffix.group(2) != null ? suffix.group(2) : suffix.group(3)).toUpperCase(Locale.ROOT);
            }
            int comma = name.lastIndexOf(',');
            if (comma < 0) {
                return new Query(fold(name), null, country);
            }
            return new Query(fold(name.substring(0, comma)), fold(name.substring(comma + 1)), country);
        }
    }
}
