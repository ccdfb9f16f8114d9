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

    /** Plausible items per category; categories without one get a generic appliance. */
    private static final Map<String, List<Model>> MODELS = Map.of(
            "phones", List.of(new Model("Fairphone", "4"), new Model("Apple", "iPhone 12"),
                    new Model("Samsung", "Galaxy S21")),
            "tablets", List.of(new Model("Apple", "iPad (9th generation)"), new Model("Samsung", "Galaxy Tab S7")),
            "laptops", List.of(new Model("Lenovo", "ThinkPad T480"), new Model("Dell", "Latitude 7490"),
                    new Model("Apple", "MacBook Air (M1)")),
            "washing-machines", List.of(new Model("Miele", "WDB 030"), new Model("Bosch", "Serie 6 WAU28T")),
            "fridges-freezers", List.of(new Model("Electrolux", "LNT7ME34X2"), new Model("Siemens", "iQ300 KG36")),
            "monitors-tvs", List.of(new Model("LG", "OLED55C1"), new Model("Dell", "U2719D")),
            "audio-headphones", List.of(new Model("Sony", "WH-1000XM4")),
            "game-consoles", List.of(new Model("Sony", "PlayStation 5"), new Model("Nintendo", "Switch OLED")));

    private record Model(String brand, String name) {
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
            StampApplications applications, StampReviews reviews, Random random) {
        List<StampCode> issued = new ArrayList<>();
        for (UUID centre : centres) {
            List<String> categories = certificates.certificatesOf(centre).stream()
                    .filter(certificate -> certificate.kind() == CertificateKind.REUSE_CENTRE)
                    .map(Certificate::scope).flatMap(scope -> scope.categories().stream()).sorted().distinct().toList();
            for (int i = 0; i < Math.min(perCentre, categories.size()); i++) {
                String category = categories.get((i * 3 + random.nextInt(categories.size())) % categories.size());
                InspectionReport report = report(category, random);
                UUID application = applications.start(centre, report.item());
                applications.submit(centre, application, report);
                Stamp[] stamp = new Stamp[1];
                SystemActor.runAs(CERTIFIER, EnumSet.of(Role.CERTIFIER), () -> stamp[0] = reviews.approve(application));
                issued.add(stamp[0].code());
            }
        }
        return issued;
    }

    static void revoke(StampCode code, Stamps stamps) {
        SystemActor.runAs(CERTIFIER, EnumSet.of(Role.CERTIFIER),
                () -> stamps.revoke(code, "Demo: the item was found with a swollen battery after sale"));
    }

    /** A report with nothing blocking it: every test passed, values well within the limits. */
    private static InspectionReport report(String category, Random random) {
        List<Model> models = MODELS.getOrDefault(category, List.of(new Model("Philips", "Series 3000")));
        Model model = models.get(random.nextInt(models.size()));
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
