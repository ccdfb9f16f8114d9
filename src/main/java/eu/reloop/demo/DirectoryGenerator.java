package eu.reloop.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import eu.reloop.directory.Address;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Offering;
import eu.reloop.directory.OpeningException;
import eu.reloop.directory.OpeningHours;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.OrganisationNumber;
import eu.reloop.directory.SiteDetails;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.geo.GeoPoint;

/**
 * Plausible, clearly fictional organisations around the big Nordic cities, from a seed: the same seed
 * always gives the same directory. Feeds the demo data (a few hundred) and the benchmark (50,000).
 */
public final class DirectoryGenerator {

    /** A city the generator spreads organisations around. */
    record City(String name, String country, double latitude, double longitude, List<String> districts) {
    }

    /** One generated organisation, ready for the directory service. */
    public record GeneratedOrganisation(OrganisationKind kind, OrganisationDetails details, List<SiteDetails> sites,
            CertificationStatus certification) {
    }

    static final List<City> CITIES = List.of(
            new City("Oslo", "NO", 59.9127, 10.7461, List.of("Grünerløkka", "Majorstuen", "Tøyen", "Frogner", "Storo", "Bjørvika")),
            new City("Bergen", "NO", 60.3930, 5.3242, List.of("Sentrum", "Sandviken", "Møhlenpris", "Fyllingsdalen", "Åsane")),
            new City("Trondheim", "NO", 63.4305, 10.3951, List.of("Midtbyen", "Lade", "Byåsen", "Heimdal", "Solsiden")),
            new City("København", "DK", 55.6759, 12.5655, List.of("Nørrebro", "Vesterbro", "Amager", "Østerbro", "Valby")),
            new City("Aarhus", "DK", 56.1567, 10.2108, List.of("Frederiksbjerg", "Trøjborg", "Viby", "Åbyhøj")),
            new City("Odense", "DK", 55.3959, 10.3883, List.of("Centrum", "Bolbro", "Hunderup", "Vollsmose")),
            new City("Stockholm", "SE", 59.3294, 18.0687, List.of("Södermalm", "Vasastan", "Kungsholmen", "Hammarby", "Solna")),
            new City("Göteborg", "SE", 57.7072, 11.9668, List.of("Majorna", "Haga", "Hisingen", "Linné", "Örgryte")),
            new City("Malmö", "SE", 55.6059, 13.0007, List.of("Möllevången", "Västra Hamnen", "Limhamn", "Rosengård")));

    private static final List<String> FIRST_WORDS = List.of("Grønne", "Lille", "Gode", "Blanke", "Kvikke", "Solide",
            "Runde", "Lune", "Flinke", "Stødige");
    private static final List<String> SECOND_WORDS = List.of("Skrue", "Lodde", "Krets", "Kobbel", "Spole", "Bryter",
            "Mutter", "Tråd", "Lampe", "Pinsett");
    private static final List<String> STREETS = List.of("Verkstedgata", "Kretsveien", "Loddebakken", "Skruegangen",
            "Ombruksgata", "Fiksebakken", "Reparatørveien", "Gjenbruksplassen");
    private static final List<String> PHONE_CATEGORIES = List.of("phones", "tablets", "laptops", "desktop-computers",
            "monitors-tvs", "audio-headphones", "cameras", "game-consoles", "printers", "wearables");
    private static final List<String> WHITE_GOODS = List.of("washing-machines", "tumble-dryers", "dishwashers",
            "fridges-freezers", "ovens-cookers", "microwave-ovens", "small-kitchen-appliances", "vacuum-cleaners");
    private static final List<String> OTHER = List.of("power-tools", "garden-tools", "e-bikes-e-scooters", "lighting",
            "other-electronics");

    private final Random random;

    public DirectoryGenerator(long seed) {
        this.random = new Random(seed);
    }

    public List<GeneratedOrganisation> generate(int count) {
        List<GeneratedOrganisation> organisations = new ArrayList<>(count);
        Set<String> usedNumbers = new HashSet<>();
        for (int i = 0; i < count; i++) {
            organisations.add(organisation(CITIES.get(i % CITIES.size()), usedNumbers));
        }
        return organisations;
    }

    private GeneratedOrganisation organisation(City city, Set<String> usedNumbers) {
        OrganisationKind kind = pick(List.of(OrganisationKind.REPAIRER, OrganisationKind.REPAIRER,
                OrganisationKind.REUSE_CENTRE, OrganisationKind.COLLECTION_POINT));
        String district = pick(city.districts());
        String name = pick(FIRST_WORDS) + " " + pick(SECOND_WORDS) + " " + switch (kind) {
            case REPAIRER -> "Reparasjon";
            case REUSE_CENTRE -> "Ombruk";
            case COLLECTION_POINT -> "Innsamling";
            case COMMUNITY_REPAIR -> "Reparasjonskafé";
        } + " " + district;
        String number = organisationNumber(city.country(), usedNumbers);
        OrganisationDetails details = new OrganisationDetails(name, city.country(), number,
                "Fictional " + kind.name().toLowerCase().replace('_', ' ') + " in " + district + ", " + city.name()
                        + ", generated for the ReLoop demo.",
                "https://example.org/" + number, dialCode(city.country()) + " " + (20_000_000 + random.nextInt(79_999_999)),
                "post-" + number + "@example.org", Set.of(languageOf(city.country()), "en"));
        int siteCount = random.nextInt(4) == 0 ? 2 : 1;
        List<SiteDetails> sites = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            sites.add(site(city, kind, s == 0 ? district : pick(city.districts())));
        }
        return new GeneratedOrganisation(kind, details, sites, certification());
    }

    private SiteDetails site(City city, OrganisationKind kind, String district) {
        // Within about 8 km of the centre: one degree of latitude is 111 km.
        double lat = city.latitude() + (random.nextDouble() - 0.5) * 0.14;
        double lon = city.longitude() + (random.nextDouble() - 0.5) * 0.14 / Math.cos(Math.toRadians(city.latitude()));
        return site(city, district, new GeoPoint(lat, lon), kind);
    }

    /** A site at a given point in Oslo, for the organisations the demo accounts work for. */
    SiteDetails site(String district, GeoPoint location, OrganisationKind kind) {
        return site(CITIES.getFirst(), district, location, kind);
    }

    private SiteDetails site(City city, String district, GeoPoint location, OrganisationKind kind) {
        Address address = new Address(pick(STREETS) + " " + (1 + random.nextInt(120)), postcode(city.country()),
                city.name(), city.country());
        return new SiteDetails(district, address, location, hours(), offerings(kind));
    }

    private OpeningHours hours() {
        List<WeeklyOpening> weekly = new ArrayList<>();
        LocalTime opens = LocalTime.of(8 + random.nextInt(3), 0);
        LocalTime closes = LocalTime.of(16 + random.nextInt(4), 0);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            weekly.add(new WeeklyOpening(day, opens, closes));
        }
        if (random.nextBoolean()) {
            weekly.add(new WeeklyOpening(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(15, 0)));
        }
        int year = 2026;
        List<OpeningException> holidays = List.of(
                new OpeningException(LocalDate.of(year, 12, 24), LocalTime.of(9, 0), LocalTime.of(12, 0), "Christmas Eve"),
                new OpeningException(LocalDate.of(year, 12, 25), null, null, "Christmas Day"),
                new OpeningException(LocalDate.of(year, 12, 26), null, null, "Boxing Day"));
        return new OpeningHours(weekly, holidays);
    }

    private Set<Offering> offerings(OrganisationKind kind) {
        Set<Offering> offerings = new HashSet<>();
        List<String> categories = new ArrayList<>(random.nextBoolean() ? PHONE_CATEGORIES : WHITE_GOODS);
        categories.add(pick(OTHER));
        java.util.Collections.shuffle(categories, random);
        List<String> chosen = categories.subList(0, 3 + random.nextInt(4));
        for (String category : chosen) {
            for (OfferedService service : services(kind, category)) {
                offerings.add(new Offering(category, service));
            }
        }
        return offerings;
    }

    private List<OfferedService> services(OrganisationKind kind, String category) {
        List<OfferedService> services = new ArrayList<>();
        switch (kind) {
            case REPAIRER -> {
                services.add(OfferedService.REPAIR);
                if (random.nextInt(3) == 0) services.add(OfferedService.SPARE_PARTS);
                if (WHITE_GOODS.contains(category) && random.nextBoolean()) services.add(OfferedService.HOME_VISITS);
                if (PHONE_CATEGORIES.contains(category) && random.nextInt(3) == 0) services.add(OfferedService.MAIL_IN_REPAIR);
            }
            case REUSE_CENTRE -> {
                services.add(OfferedService.SELLS_REFURBISHED);
                services.add(OfferedService.DROP_OFF);
                if (random.nextBoolean()) services.add(OfferedService.REPAIR);
                if (PHONE_CATEGORIES.contains(category)) services.add(OfferedService.DATA_ERASURE);
            }
            case COLLECTION_POINT -> {
                services.add(OfferedService.DROP_OFF);
                if (PHONE_CATEGORIES.contains(category) && random.nextBoolean()) services.add(OfferedService.DATA_ERASURE);
            }
        }
        return services;
    }

    private CertificationStatus certification() {
        int roll = random.nextInt(100);
        if (roll < 60) return CertificationStatus.CERTIFIED;
        if (roll < 70) return CertificationStatus.EXPIRED;
        if (roll < 75) return CertificationStatus.SUSPENDED;
        return CertificationStatus.NOT_CERTIFIED;
    }

    /** Random digits until the check digits work out, never one already used. */
    private String organisationNumber(String country, Set<String> used) {
        int length = switch (country) {
            case "DK" -> 8;
            case "SE" -> 10;
            default -> 9;
        };
        while (true) {
            StringBuilder digits = new StringBuilder().append(country.equals("SE") ? 5 : 8 + random.nextInt(2));
            while (digits.length() < length) {
                digits.append(random.nextInt(10));
            }
            var valid = OrganisationNumber.normalise(country, digits.toString());
            if (valid.isPresent() && used.add(country + valid.get())) {
                return valid.get();
            }
        }
    }

    private String postcode(String country) {
        return switch (country) {
            case "SE" -> (100 + random.nextInt(800)) + " " + (10 + random.nextInt(89));
            default -> String.valueOf(1000 + random.nextInt(8999));
        };
    }

    private static String dialCode(String country) {
        return switch (country) {
            case "DK" -> "+45";
            case "SE" -> "+46";
            default -> "+47";
        };
    }

    private static String languageOf(String country) {
        return switch (country) {
            case "DK" -> "da";
            case "SE" -> "sv";
            default -> "nb";
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
