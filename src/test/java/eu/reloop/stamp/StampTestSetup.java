package eu.reloop.stamp;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.identity.Role;

/** Stamps issued the way the registry issues them (documented, submitted, approved), for other modules' tests. */
@Component
public class StampTestSetup {

    private final StampApplications applications;
    private final StampReviews reviews;
    private final Stamps stamps;
    private final CertificationTestSetup certification;
    private final Certificates certificates;

    StampTestSetup(StampApplications applications, StampReviews reviews, Stamps stamps,
            CertificationTestSetup certification, Certificates certificates) {
        this.applications = applications;
        this.reviews = reviews;
        this.stamps = stamps;
        this.certification = certification;
        this.certificates = certificates;
    }

    /** A reuse centre certified for phones, and a certifier of no centre: who it takes to issue and revoke stamps. */
    public record Issuers(Staffed centre, String certifier) {
    }

    public Issuers phoneIssuers() {
        Staffed centre = certification.organisationWithStaff("Stamp Issuer " + UUID.randomUUID(),
                DirectoryFixtures.remoteOrigin());
        LocalDate from = LocalDate.now().minusMonths(6);
        TestSecurity.asAdmin(() -> certificates.importCertificate(centre.organisationId(), CertificateKind.REUSE_CENTRE,
                new Scope(Set.of("phones"), Set.of(OfferedService.SELLS_REFURBISHED)), from, from.plusYears(3),
                "Test Certifier"));
        return new Issuers(centre, certification.account("certifier", Role.CERTIFIER));
    }

    public Stamp stampedPhone(Issuers issuers) {
        return stampedPhone(issuers.centre(), issuers.certifier());
    }

    public void revoke(Issuers issuers, Stamp stamp, String reason) {
        TestSecurity.as(issuers.certifier(), () -> {
            stamps.revoke(stamp.code(), reason);
            return null;
        }, Role.CERTIFIER.authority());
    }

    /** A phone of the centre's (which must be certified for phones) stamped by the certifier; a random serial. */
    public Stamp stampedPhone(Staffed centre, String certifierEmail) {
        return stampedHandheld(centre, certifierEmail, "phones", "Fairphone", "5", Grade.EXCELLENT, 91);
    }

    /**
     * Stamps the item of an application the centre started elsewhere (a refurbished hand-in): its staff add the photo
     * and a report with nothing blocking, and the certifier approves.
     */
    public Stamp stampStarted(Staffed centre, UUID applicationId, String certifierEmail) {
        ItemIdentity item = TestSecurity.as(centre.email(),
                () -> applications.application(centre.organisationId(), applicationId).report().item(),
                Role.REUSE_CENTRE.authority());
        return approved(centre, certifierEmail, applicationId, StampFixtures.completeHandheld(item, Grade.GOOD, 88));
    }

    /** A washing machine of the centre's (certified for washing machines) that passed its safety test, stamped by the certifier. */
    public Stamp stampedWashingMachine(Staffed centre, String certifierEmail) {
        String serial = "WM-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return stamped(centre, certifierEmail, StampFixtures.completeWashingMachine(serial,
                StampFixtures.classI("0.20", "2.0", "1.5")));
    }

    /** A phone or tablet of the centre's (certified for its category) stamped by the certifier; a random serial. */
    public Stamp stampedHandheld(Staffed centre, String certifierEmail, String category, String brand, String model,
            Grade grade, int batteryHealthPercent) {
        String serial = "35693803" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ItemIdentity item = new ItemIdentity(category, brand, model, serial, 2023);
        return stamped(centre, certifierEmail, StampFixtures.completeHandheld(item, grade, batteryHealthPercent));
    }

    private Stamp stamped(Staffed centre, String certifierEmail, InspectionReport report) {
        UUID application = TestSecurity.as(centre.email(), () -> applications.start(centre.organisationId(), report.item()),
                Role.REUSE_CENTRE.authority());
        return approved(centre, certifierEmail, application, report);
    }

    /** The application with its photo and the report, submitted by the centre's staff and approved by the certifier. */
    private Stamp approved(Staffed centre, String certifierEmail, UUID application, InspectionReport report) {
        TestSecurity.as(centre.email(), () -> {
            applications.attachPhoto(centre.organisationId(), application, "front.png", StampFixtures.PHOTO);
            applications.submit(centre.organisationId(), application, report);
            return null;
        }, Role.REUSE_CENTRE.authority());
        return TestSecurity.as(certifierEmail, () -> reviews.approve(application), Role.CERTIFIER.authority());
    }
}
