package eu.reloop.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import eu.reloop.demo.DirectoryGenerator.GeneratedOrganisation;
import eu.reloop.directory.Offering;
import eu.reloop.directory.SiteDetails;
import eu.reloop.geo.GeoPoint;
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
