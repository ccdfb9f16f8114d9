package eu.reloop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.certification.Answer;
import eu.reloop.certification.ApplicationDraft;
import eu.reloop.certification.Certificate;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.Criterion;
import eu.reloop.certification.Scope;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.ExtraService;
import eu.reloop.directory.HandOver;
import eu.reloop.directory.OrganisationDetails;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.RepairTerms;
import eu.reloop.embedded.WhenNoDatabaseConfigured;
import eu.reloop.geo.GeoPoint;
import eu.reloop.handin.CertificateCode;
import eu.reloop.identity.Role;
import eu.reloop.identity.SignUpRequest;
import eu.reloop.identity.SystemActor;
import eu.reloop.identity.UserAccounts;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listings;
import eu.reloop.market.SellerOrders;
import eu.reloop.market.Warranties;
import eu.reloop.market.WarrantyClaims;
import eu.reloop.payment.Payments;
import eu.reloop.stamp.StampApplications;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampReviews;
import eu.reloop.stamp.Stamps;

/**
 * One demo account per role, the organisations their staff work for, and a few hundred generated
 * organisations around the demo cities. Loaded once: the embedded
 * database keeps them between runs, and a second start finds the admin account and leaves all as is.
 */
@Component
@WhenNoDatabaseConfigured
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "reloop-demo-circle";
    static final String ADMIN_EMAIL = "admin@reloop.demo";
    /** About 33 organisations in each of the nine demo cities. */
    static final int DIRECTORY_SIZE = 300;
    private static final long DIRECTORY_SEED = 2026;
    private static final int QUEUED_APPLICATIONS = 3;
    private static final int STAMPING_CENTRES_PER_TOWN = 2;
    private static final int STAMPS_PER_CENTRE = 4;
    /**
     * Of the listings in the towns, every sixth is sold to the demo consumer and the second reserved to pay at
     * pickup: one only, as a buyer who lets pickups lapse (as a demo left running does) may soon pay online only.
     */
    private static final int SOLD_EVERY = 6;
    private static final Map<Criterion, String> DEMO_ANSWERS = Map.of(
            Criterion.TRAINED_STAFF, "Ola Nordmann (fagbrev elektronikk, 2019), Kari Hansen (manufacturer training, 2023).",
            Criterion.ELECTRICAL_SAFETY_TESTING, "Every mains item is tested with a Fluke 6500-2 PAT tester, calibrated 2026-03-14.",
            Criterion.LIABILITY_INSURANCE, "Gjensidige, policy 7781-223-09, valid until 2027-06-30.");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final Certificates certificates;
    private final CertificationApplications applications;
    private final StampApplications stampApplications;
    private final StampReviews stampReviews;
    private final Stamps stamps;
    private final Listings listings;
    private final Checkout checkout;
    private final SellerOrders sellerOrders;
    private final Payments payments;
    private final Warranties warranties;
    private final WarrantyClaims warrantyClaims;
    private final DemoHandIns handIns;
    private final DemoRepairs repairs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(UserAccounts accounts, Organisations organisations, Certificates certificates,
            CertificationApplications applications, StampApplications stampApplications, StampReviews stampReviews,
            Stamps stamps, Listings listings, Checkout checkout, SellerOrders sellerOrders, Payments payments,
            Warranties warranties, WarrantyClaims warrantyClaims, DemoHandIns handIns, DemoRepairs repairs,
            TransactionTemplate transaction,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.certificates = certificates;
        this.applications = applications;
        this.stampApplications = stampApplications;
        this.stampReviews = stampReviews;
        this.stamps = stamps;
        this.listings = listings;
        this.checkout = checkout;
        this.sellerOrders = sellerOrders;
        this.payments = payments;
        this.warranties = warranties;
        this.warrantyClaims = warrantyClaims;
        this.handIns = handIns;
        this.repairs = repairs;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail(ADMIN_EMAIL).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        SystemActor.runAs("demo-data", EnumSet.of(Role.ADMIN, Role.CERTIFIER),
                () -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded in {} s: sign in as {} (or consumer@, centre@, repairer@, certifier@) with password {}",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9), ADMIN_EMAIL, PASSWORD);
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        var generator = new DirectoryGenerator(DIRECTORY_SEED);
        UUID centre = organisations.register(OrganisationKind.REUSE_CENTRE, accountOrganisation(
                "Gjenbrukssentralen Grønland (demo)", "912345688"));
        organisations.addSite(centre, generator.site("Grønland", new GeoPoint(59.9125, 10.7601), OrganisationKind.REUSE_CENTRE));
        certificates.importCertificate(centre, CertificateKind.REUSE_CENTRE, scopeOf(centre),
                today.minusMonths(8), today.minusMonths(8).plusYears(3), "Cecilie Certifier");
        UUID repairer = organisations.register(OrganisationKind.REPAIRER, accountOrganisation(
                "Fiksehjelpen Majorstuen (demo)", "918765433"));
        organisations.addSite(repairer, generator.site("Majorstuen", new GeoPoint(59.9296, 10.7155), OrganisationKind.REPAIRER));
        record Account(String email, String name, Role role, @Nullable UUID organisation) {
        }
        Map<String, UUID> users = new TreeMap<>();
        for (Account account : List.of(
                new Account(ADMIN_EMAIL, "Ada Admin", Role.ADMIN, null),
                new Account("certifier@reloop.demo", "Cecilie Certifier", Role.CERTIFIER, null),
                new Account("centre@reloop.demo", "Rune Reuse", Role.REUSE_CENTRE, centre),
                new Account("repairer@reloop.demo", "Rita Repair", Role.REPAIRER, repairer),
                new Account("consumer@reloop.demo", "Kari Consumer", Role.CONSUMER, null))) {
            UUID user = accounts.createAccount(new SignUpRequest(account.name(), account.email(), PASSWORD),
                    EnumSet.of(account.role()));
            users.put(account.email(), user);
            if (account.organisation() != null) {
                accounts.addMembership(user, account.organisation());
            }
        }
        List<UUID> applicants = new ArrayList<>();
        List<UUID> osloCollectionPoints = new ArrayList<>();
        Map<String, List<UUID>> certifiedCentresByTown = new TreeMap<>();
        Map<String, List<UUID>> certifiedRepairersByTown = new TreeMap<>();
        Random terms = new Random(DIRECTORY_SEED);
        organisations.setRepairTerms(repairer, repairTerms(terms));
        for (var generated : generator.generate(DIRECTORY_SIZE)) {
            UUID id = organisations.register(generated.kind(), generated.details());
            generated.sites().forEach(site -> organisations.addSite(id, site));
            if (generated.kind() == OrganisationKind.REPAIRER) {
                organisations.setRepairTerms(id, repairTerms(terms));
            }
            certify(id, generated.kind(), generated.certification(), today);
            if (generated.certification() == CertificationStatus.NOT_CERTIFIED
                    && generated.kind() != OrganisationKind.COLLECTION_POINT) {
                applicants.add(id);
            }
            if (generated.kind() == OrganisationKind.COLLECTION_POINT
                    && generated.sites().getFirst().address().town().equals("Oslo")) {
                osloCollectionPoints.add(id);
            }
            if (generated.certification() == CertificationStatus.CERTIFIED && generated.kind() == OrganisationKind.REUSE_CENTRE) {
                certifiedCentresByTown.computeIfAbsent(generated.sites().getFirst().address().town(), town -> new ArrayList<>())
                        .add(id);
            }
            if (generated.certification() == CertificationStatus.CERTIFIED && generated.kind() == OrganisationKind.REPAIRER) {
                certifiedRepairersByTown.computeIfAbsent(generated.sites().getFirst().address().town(),
                        town -> new ArrayList<>()).add(id);
            }
        }
        // Hand-ins first: their steps are dated in the past, and the log they share with stamps keeps its times in order.
        CertificateCode erasure = handIns.load(centre, osloCollectionPoints);
        log.info("Demo hand-ins: {} has some in every state; check an erasure certificate at /erasures/{}",
                DemoHandIns.OWNER, erasure.value());
        // Stamped items: the demo centre's first (its third revoked), then two centres in every demo town.
        Random random = new Random(DIRECTORY_SEED);
        DemoPhotos photos = new DemoPhotos();
        List<StampCode> demoCentreStamps = DemoStamps.issue(List.of(centre), 3, certificates, stampApplications,
                stampReviews, photos, random);
        DemoStamps.revoke(demoCentreStamps.getLast(), stamps);
        List<UUID> stampingCentres = certifiedCentresByTown.values().stream()
                .flatMap(centres -> centres.stream().limit(STAMPING_CENTRES_PER_TOWN)).toList();
        List<StampCode> townStamps = DemoStamps.issue(stampingCentres, STAMPS_PER_CENTRE, certificates,
                stampApplications, stampReviews, photos, random);
        log.info("Demo stamps: {} issued; try {} (valid) or {} (revoked) at /verify",
                demoCentreStamps.size() + townStamps.size(), demoCentreStamps.getFirst().display(),
                demoCentreStamps.getLast().display());
        // The demo centre sells its first stamped item; its second waits to be listed by whoever tries it out.
        DemoListings.list(demoCentreStamps.subList(0, 1), stamps, organisations, listings, payments, photos);
        List<UUID> forSale = DemoListings.list(townStamps, stamps, organisations, listings, payments, photos);
        DemoListings.buy(everyNth(forSale, SOLD_EVERY, 0), forSale.subList(1, 2), checkout, sellerOrders);
        DemoListings.claim(warranties, warrantyClaims);
        // Repair requests in Oslo; the demo repairer also works for the first workshop asked, to try its inbox.
        repairs.workshops(certifiedRepairersByTown.getOrDefault("Oslo", List.of())).ifPresent(workshops -> {
            accounts.addMembership(users.get("repairer@reloop.demo"), workshops.first());
            repairs.load(workshops, certifiedRepairersByTown.values().stream().flatMap(List::stream).toList());
        });
        // A few applications, and one of the demo centre's items, wait in the certifiers' queues.
        applicants.stream().filter(id -> !scopeOf(id).categories().isEmpty()).limit(QUEUED_APPLICATIONS)
                .forEach(this::submitApplication);
        DemoStamps.queue(centre, certificates, stampApplications, photos, random);
    }

    /** Repair terms for the search's repair filters: each option on about half the repairers. */
    private static RepairTerms repairTerms(Random random) {
        Set<HandOver> handOver = EnumSet.of(HandOver.BRING);
        Arrays.stream(HandOver.values()).filter(option -> random.nextBoolean()).forEach(handOver::add);
        Set<ExtraService> extras = EnumSet.noneOf(ExtraService.class);
        Arrays.stream(ExtraService.values()).filter(extra -> random.nextBoolean()).forEach(extras::add);
        return new RepairTerms(2 + random.nextInt(12), random.nextBoolean(), handOver, extras);
    }

    /**
     * Gives a generated organisation the certificate history its status calls for, dated around today.
     * Collection points only take devices in, which the scheme does not certify.
     */
    private void certify(UUID organisation, OrganisationKind kind, CertificationStatus status, LocalDate today) {
        if (kind == OrganisationKind.COLLECTION_POINT || status == CertificationStatus.NOT_CERTIFIED) {
            return;
        }
        CertificateKind certificateKind = kind == OrganisationKind.REPAIRER ? CertificateKind.REPAIRER
                : CertificateKind.REUSE_CENTRE;
        // Spread over a year, so that certificates do not all run out on one day.
        LocalDate issued = today.minusMonths(14).minusDays(Math.floorMod(organisation.hashCode(), 365));
        LocalDate from = status == CertificationStatus.EXPIRED ? issued.minusYears(2) : issued;
        Certificate certificate = certificates.importCertificate(organisation, certificateKind, scopeOf(organisation),
                from, from.plusYears(3), "Cecilie Certifier");
        if (status == CertificationStatus.SUSPENDED) {
            certificates.suspend(certificate.number(), "Demo: complaint about battery storage under investigation");
        }
    }

    private void submitApplication(UUID organisation) {
        OrganisationKind kind = organisations.profile(organisation).orElseThrow().organisation().kind();
        UUID application = applications.start(organisation,
                kind == OrganisationKind.REPAIRER ? CertificateKind.REPAIRER : CertificateKind.REUSE_CENTRE);
        List<Answer> answers = Arrays.stream(Criterion.values())
                .map(criterion -> new Answer(criterion, true, DEMO_ANSWERS.getOrDefault(criterion,
                        "Described in our quality handbook, section " + (criterion.ordinal() + 1) + ".")))
                .toList();
        applications.submit(organisation, application, new ApplicationDraft(scopeOf(organisation), answers));
    }

    private Scope scopeOf(UUID organisation) {
        return Scope.offeredBy(organisations.profile(organisation).orElseThrow());
    }

    private static List<UUID> everyNth(List<UUID> listings, int n, int offset) {
        return IntStream.range(0, listings.size()).filter(i -> i % n == offset).mapToObj(listings::get)
                .toList();
    }

    private static OrganisationDetails accountOrganisation(String name, String number) {
        return new OrganisationDetails(name, "NO", number, "Demo organisation whose staff have a demo account.",
                null, null, null, Set.of("nb", "en"));
    }
}
