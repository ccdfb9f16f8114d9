package eu.reloop.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import eu.reloop.geo.GeoPoint;

/** Organisations and sites for tests, each with a fresh valid Norwegian organisation number. */
public final class DirectoryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(new Random().nextInt(10_000_000));
    private static final AtomicInteger ORIGINS = new AtomicInteger();
    private static final int ORIGIN_ROWS = 13;
    private static final int ORIGIN_COLUMNS = 20;
    /** One degree of latitude along a great circle, with the earth radius Elasticsearch uses. */
    public static final double KM_PER_DEGREE_LATITUDE = 2 * Math.PI * 6371.0087714 / 360;

    private DirectoryFixtures() {
    }

    public static OrganisationDetails details(String name) {
        return new OrganisationDetails(name, "NO", nextNorwegianNumber(), "A test organisation", null, null, null,
                Set.of("nb"));
    }

    public static SiteDetails site(String name, GeoPoint location, Set<Offering> offerings) {
        return site(name, location, offerings, weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    public static SiteDetails site(String name, GeoPoint location, Set<Offering> offerings, OpeningHours hours) {
        return siteIn("NO", name, location, offerings, hours);
    }

    /** A site in another Nordic country than Norway, open on weekdays. */
    public static SiteDetails siteIn(String country, String name, GeoPoint location, Set<Offering> offerings) {
        return siteIn(country, name, location, offerings, weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    private static SiteDetails siteIn(String country, String name, GeoPoint location, Set<Offering> offerings,
            OpeningHours hours) {
        return new SiteDetails(name, new Address("Testveien 1", "9000", "Testby", country), location, hours, offerings);
    }

    public static OpeningHours weekdays(LocalTime opens, LocalTime closes) {
        List<WeeklyOpening> weekly = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            weekly.add(new WeeklyOpening(day, opens, closes));
        }
        return new OpeningHours(weekly, List.of());
    }

    /** A point {@code km} kilometres due north of {@code origin}. */
    public static GeoPoint north(GeoPoint origin, double km) {
        return new GeoPoint(origin.latitude() + km / KM_PER_DEGREE_LATITUDE, origin.longitude());
    }

    /**
     * A fresh origin in the far north, away from the demo cities and from every other test's origin:
     * the next cell of a grid whose cells lie at least 80 km apart north-south and 50 km east-west, more
     * than any test's points (up to 24 km north) plus its search radius (up to 25 km) need.
     */
    public static GeoPoint remoteOrigin() {
        int cell = ORIGINS.getAndIncrement();
        if (cell >= ORIGIN_ROWS * ORIGIN_COLUMNS) {
            throw new IllegalStateException("More remote origins than the grid holds: widen it");
        }
        return new GeoPoint(61.62 + (cell / ORIGIN_COLUMNS) * 0.72, 12 + (cell % ORIGIN_COLUMNS) * 1.4);
    }

    public static String nextNorwegianNumber() {
        while (true) {
            String candidate = "8" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
            for (int check = 0; check <= 9; check++) {
                var valid = OrganisationNumber.normalise("NO", candidate + check);
                if (valid.isPresent()) {
                    return valid.get();
                }
            }
        }
    }
}
