package eu.reloop.benchmark;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import eu.reloop.demo.DirectoryGenerator.GeneratedOrganisation;
import eu.reloop.directory.Offering;
import eu.reloop.directory.SiteDetails;
import eu.reloop.geo.GeoPoint;
import eu.reloop.market.Listings;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSort;
import eu.reloop.search.OrganisationQuery;

/**
 * The fixed, seeded mix of location searches: near a city of the directory (its centre plus up to 10 km),
 * within 5, 10, 25 or 50 km, half of them for one device category; nearest first, the first 20 hits.
 */
final class SearchMix {

    static final int HITS = 20;
    private static final double[] RADII_KM = {5, 10, 25, 50};
    private static final double JITTER_KM = 10;
    private static final double KM_PER_DEGREE = 111.195;

    /** One search of the mix. */
    record LocationSearch(int number, GeoPoint origin, double radiusKm, String category) {

        boolean hasCategory() {
            return category != null;
        }

        OrganisationQuery asQuery() {
            return new OrganisationQuery(origin, radiusKm, category, null, false, false, 0, HITS);
        }

        /** The public API's query string for the same search. */
        String apiParameters() {
            String parameters = String.format(Locale.ROOT, "lat=%s&lon=%s&radiusKm=%s&certifiedOnly=false&page=0&size=%d",
                    origin.latitude(), origin.longitude(), radiusKm, HITS);
            return category == null ? parameters
                    : parameters + "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
        }
    }

    private SearchMix() {
    }

    static List<LocationSearch> of(List<GeneratedOrganisation> directory, int count, long seed) {
        List<SiteDetails> sites = directory.stream().flatMap(organisation -> organisation.sites().stream()).toList();
        Map<String, GeoPoint> centres = cityCentres(sites);
        List<String> categories = List.copyOf(sites.stream().flatMap(site -> site.offerings().stream())
                .map(Offering::categoryCode).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        Random random = new Random(seed);
        List<LocationSearch> searches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SiteDetails site = sites.get(random.nextInt(sites.size()));
            GeoPoint origin = jittered(centres.get(site.address().town()), random);
            double radius = RADII_KM[random.nextInt(RADII_KM.length)];
            String category = random.nextBoolean() ? categories.get(random.nextInt(categories.size())) : null;
            searches.add(new LocationSearch(i, origin, radius, category));
        }
        return searches;
    }

    /** One listing search of the mix: a price range in the currency of the city's country, nearest first. */
    record ListingSearch(int number, GeoPoint origin, double radiusKm, String category, String currency, int minPrice,
            int maxPrice) {

        boolean hasCategory() {
            return category != null;
        }

        ListingQuery asQuery() {
            return new ListingQuery(origin, radiusKm, category, null, Set.of(), BigDecimal.valueOf(minPrice),
                    BigDecimal.valueOf(maxPrice), currency, null, null, ListingSort.DISTANCE, 0, HITS, false);
        }

        /** The public API's query string for the same search. */
        String apiParameters() {
            String parameters = String.format(Locale.ROOT, "lat=%s&lon=%s&radiusKm=%s&currency=%s&minPrice=%d&maxPrice=%d"
                    + "&sort=DISTANCE&page=0&size=%d&facets=false", origin.latitude(), origin.longitude(), radiusKm, currency, minPrice,
                    maxPrice, HITS);
            return category == null ? parameters
                    : parameters + "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
        }
    }

    /**
     * Listing searches near the directory's cities (as {@link #of}), half for one of {@code categories}, all
     * with a price range: from 0 to 300 euros' worth up, 150 to 900 euros' worth wide, in the local currency.
     */
    static List<ListingSearch> listings(List<GeneratedOrganisation> directory, List<String> categories, int count,
            long seed) {
        List<SiteDetails> sites = directory.stream().flatMap(organisation -> organisation.sites().stream()).toList();
        Map<String, GeoPoint> centres = cityCentres(sites);
        Random random = new Random(seed);
        List<ListingSearch> searches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SiteDetails site = sites.get(random.nextInt(sites.size()));
            GeoPoint origin = jittered(centres.get(site.address().town()), random);
            double radius = RADII_KM[random.nextInt(RADII_KM.length)];
            String category = random.nextBoolean() ? categories.get(random.nextInt(categories.size())) : null;
            String currency = Listings.currencyOf(site.address().country());
            int perEuro = currency.equals("EUR") ? 1 : currency.equals("DKK") ? 7 : 11;
            int min = random.nextInt(7) * 50 * perEuro;
            int max = min + (150 + random.nextInt(16) * 50) * perEuro;
            searches.add(new ListingSearch(i, origin, radius, category, currency, min, max));
        }
        return searches;
    }

    /**
     * Each city's centre, as the mean of its sites: the generator spreads them evenly around the centre,
     * so with thousands of sites the mean lies within metres of it.
     */
    private static Map<String, GeoPoint> cityCentres(List<SiteDetails> sites) {
        Map<String, double[]> sums = new HashMap<>();
        for (SiteDetails site : sites) {
            double[] sum = sums.computeIfAbsent(site.address().town(), town -> new double[3]);
            sum[0] += site.location().latitude();
            sum[1] += site.location().longitude();
            sum[2]++;
        }
        Map<String, GeoPoint> centres = new HashMap<>();
        sums.forEach((town, sum) -> centres.put(town, new GeoPoint(sum[0] / sum[2], sum[1] / sum[2])));
        return centres;
    }

    /** A point uniformly within {@link #JITTER_KM} of {@code centre}. */
    private static GeoPoint jittered(GeoPoint centre, Random random) {
        double distance = JITTER_KM * Math.sqrt(random.nextDouble());
        double bearing = 2 * Math.PI * random.nextDouble();
        double lat = centre.latitude() + distance * Math.cos(bearing) / KM_PER_DEGREE;
        double lon = centre.longitude()
                + distance * Math.sin(bearing) / (KM_PER_DEGREE * Math.cos(Math.toRadians(centre.latitude())));
        return new GeoPoint(lat, lon);
    }
}
