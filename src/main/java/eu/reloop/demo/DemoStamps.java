package eu.reloop.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import eu.reloop.certification.Certificate;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.embedded.WhenNoDatabaseConfigured;
import eu.reloop.identity.Role;
import eu.reloop.identity.SystemActor;
import eu.reloop.stamp.CategoryProfile;
import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.ElectricalSafetyTest;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.InspectionReport;
import eu.reloop.stamp.ItemIdentity;
import eu.reloop.stamp.PartReplaced;
import eu.reloop.stamp.ProtectionClass;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampApplications;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampCodeSource;
import eu.reloop.stamp.StampReviews;
import eu.reloop.stamp.Stamps;
import eu.reloop.stamp.TestResult;

/**
 * Stamped items from certified reuse centres, each inspected, submitted and approved the way a centre
 * and a certifier would, plus one revoked stamp. Stamp codes come from a seeded source, so that the
 * demo's first codes are the same on every fresh start and the README can list them.
 */
@Configuration(proxyBeanMethods = false)
@WhenNoDatabaseConfigured
class DemoStamps {

    static final long CODE_SEED = 2026;
    private static final String CERTIFIER = "certifier@reloop.demo";

    /** Plausible items per category; a category without one (other electronics) gets a generic device. */
    private static final Map<String, List<Model>> MODELS = Map.ofEntries(
            Map.entry("phones", List.of(new Model("Fairphone", "4"), new Model("Apple", "iPhone 12"),
                    new Model("Samsung", "Galaxy S21"))),
            Map.entry("tablets", List.of(new Model("Apple", "iPad (9th generation)"), new Model("Samsung", "Galaxy Tab S7"))),
            Map.entry("laptops", List.of(new Model("Lenovo", "ThinkPad T480"), new Model("Dell", "Latitude 7490"),
                    new Model("Apple", "MacBook Air (M1)"))),
            Map.entry("desktop-computers", List.of(new Model("HP", "EliteDesk 800 G4"), new Model("Apple", "iMac 24 (M1)"))),
            Map.entry("washing-machines", List.of(new Model("Miele", "WDB 030"), new Model("Bosch", "Serie 6 WAU28T"))),
            Map.entry("tumble-dryers", List.of(new Model("Electrolux", "EW8H458B"), new Model("Miele", "TWB 140 WP"))),
            Map.entry("dishwashers", List.of(new Model("Bosch", "Serie 4 SMS4HTI45E"), new Model("Siemens", "iQ300 SN23HI60AS"))),
            Map.entry("fridges-freezers", List.of(new Model("Electrolux", "LNT7ME34X2"), new Model("Siemens", "iQ300 KG36"))),
            Map.entry("ovens-cookers", List.of(new Model("Electrolux", "EOD6C77X"), new Model("Bosch", "Serie 4 HBA534BS0"))),
            Map.entry("microwave-ovens", List.of(new Model("Samsung", "MS23K3515AS"), new Model("Whirlpool", "MWP 253 SB"))),
            Map.entry("small-kitchen-appliances", List.of(new Model("Moccamaster", "KBG Select"), new Model("Kenwood", "Chef XL"))),
            Map.entry("vacuum-cleaners", List.of(new Model("Dyson", "V11 Absolute"), new Model("Miele", "Complete C3"))),
            Map.entry("monitors-tvs", List.of(new Model("LG", "OLED55C1"), new Model("Dell", "U2719D"))),
            Map.entry("audio-headphones", List.of(new Model("Sony", "WH-1000XM4"), new Model("Bose", "QuietComfort 45"))),
            Map.entry("cameras", List.of(new Model("Canon", "EOS 250D"), new Model("Fujifilm", "X-T30"))),
            Map.entry("game-consoles", List.of(new Model("Sony", "PlayStation 5"), new Model("Nintendo", "Switch OLED"))),
            Map.entry("printers", List.of(new Model("Brother", "HL-L2350DW"), new Model("HP", "LaserJet Pro M404dn"))),
            Map.entry("wearables", List.of(new Model("Garmin", "Forerunner 245"), new Model("Apple", "Watch Series 6"))),
            Map.entry("power-tools", List.of(new Model("Makita", "DHP482"), new Model("Bosch", "GSR 18V-55"))),
            Map.entry("garden-tools", List.of(new Model("Husqvarna", "Automower 305"), new Model("Stihl", "HSA 56"))),
            Map.entry("e-bikes-e-scooters", List.of(new Model("Xiaomi", "Mi Electric Scooter 3"), new Model("Cube", "Touring Hybrid"))),
            Map.entry("lighting", List.of(new Model("Louis Poulsen", "PH 5"), new Model("Philips", "Hue Go"))));

    private static final List<Model> DEFAULT_MODELS = List.of(new Model("Philips", "Series 3000"));

    record Model(String brand, String name) {
    }

    /** A plausible model of the category, drawn from the random source. */
    static Model model(String category, Random random) {
        List<Model> models = MODELS.getOrDefault(category, DEFAULT_MODELS);
        return models.get(random.nextInt(models.size()));
    }

    /** A plausible item of the category; {@code which} picks among them, round and round. */
    static Model model(String category, int which) {
        List<Model> models = MODELS.getOrDefault(category, DEFAULT_MODELS);
        return models.get(Math.floorMod(which, models.size()));
    }

    @Bean
    @Primary
    StampCodeSource seededDemoStampCodes() {
        Random random = new Random(CODE_SEED);
        return () -> {
            synchronized (random) {
                return StampCode.generate(random);
            }
        };
    }

    /** Issues stamps for up to {@code perCentre} items of each centre, from the categories its certificate covers. */
    static List<StampCode> issue(List<UUID> centres, int perCentre, Certificates certificates,
            StampApplications applications, StampReviews reviews, DemoPhotos photos, Random random) {
        List<StampCode> issued = new ArrayList<>();
        for (UUID centre : centres) {
            List<String> categories = stampedCategories(centre, certificates);
            for (int i = 0; i < Math.min(perCentre, categories.size()); i++) {
                String category = categories.get((i * 3 + random.nextInt(categories.size())) % categories.size());
                UUID application = submit(centre, category, applications, photos, random);
                Stamp[] stamp = new Stamp[1];
                SystemActor.runAs(CERTIFIER, EnumSet.of(Role.CERTIFIER), () -> stamp[0] = reviews.approve(application));
                issued.add(stamp[0].code());
            }
        }
        return issued;
    }

    /** Submits one more item of the centre's, which waits in the certifiers' stamp queue. */
    static void queue(UUID centre, Certificates certificates, StampApplications applications, DemoPhotos photos,
            Random random) {
        List<String> categories = stampedCategories(centre, certificates);
        submit(centre, categories.get(random.nextInt(categories.size())), applications, photos, random);
    }

    private static List<String> stampedCategories(UUID centre, Certificates certificates) {
        return certificates.certificatesOf(centre).stream()
                .filter(certificate -> certificate.kind() == CertificateKind.REUSE_CENTRE)
                .map(Certificate::scope).flatMap(scope -> scope.categories().stream()).sorted().distinct().toList();
    }

    private static UUID submit(UUID centre, String category, StampApplications applications, DemoPhotos photos,
            Random random) {
        InspectionReport report = report(category, random);
        UUID application = applications.start(centre, report.item());
        applications.attachPhoto(centre, application, category + ".jpg", photos.of(category));
        applications.submit(centre, application, report);
        return application;
    }

    static void revoke(StampCode code, Stamps stamps) {
        SystemActor.runAs(CERTIFIER, EnumSet.of(Role.CERTIFIER),
                () -> stamps.revoke(code, "Demo: the item was found with a swollen battery after sale"));
    }

    /** A report with nothing blocking it: every test passed, values well within the limits. */
    private static InspectionReport report(String category, Random random) {
        Model model = model(category, random);
        ItemIdentity item = new ItemIdentity(category, model.brand(), model.name(),
                "SN" + (100_000_000L + random.nextInt(900_000_000)), 2018 + random.nextInt(6));
        CategoryProfile profile = CategoryProfile.of(category);
        LocalDate testedOn = LocalDate.of(2026, 10, 1 + random.nextInt(28));
        List<TestResult> tests = profile.tests().stream().map(test -> new TestResult(test, true, "")).toList();
        ElectricalSafetyTest safety = profile.mainsPowered()
                ? new ElectricalSafetyTest(ProtectionClass.CLASS_I, new BigDecimal("0.08"), new BigDecimal("50.0"),
                        new BigDecimal("0.40"), true, "Fluke 6500-2", testedOn, "Demo Tekniker")
                : null;
        boolean batteryReplaced = profile.batteryPowered() && random.nextInt(4) == 0;
        Integer batteryHealth = profile.batteryPowered() && !batteryReplaced ? 82 + random.nextInt(17) : null;
        DataErasure erasure = profile.dataBearing()
                ? new DataErasure("Flash memory", model.brand(), "internal storage", "MEDIA-" + random.nextInt(100_000),
                        DataErasure.Method.PURGE, "Cryptographic erase", "Blancco Drive Eraser", "7.9",
                        DataErasure.Verification.FULL, "Demo Tekniker", testedOn)
                : null;
        List<PartReplaced> parts = batteryReplaced ? List.of(new PartReplaced("Battery", random.nextBoolean())) : List.of();
        Grade grade = Grade.values()[random.nextInt(Grade.values().length)];
        return new InspectionReport(item, grade, tests, safety, batteryHealth, batteryReplaced, erasure, parts,
                "Demo Tekniker");
    }
}
