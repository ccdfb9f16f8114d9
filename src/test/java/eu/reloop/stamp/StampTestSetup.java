package eu.reloop.stamp;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.identity.Role;

/** Stamps issued the way the registry issues them (documented, submitted, approved), for other modules' tests. */
@Component
public class StampTestSetup {

    private final StampApplications applications;
    private final StampReviews reviews;

    StampTestSetup(StampApplications applications, StampReviews reviews) {
        this.applications = applications;
        this.reviews = reviews;
    }

    /** A phone of the centre's (which must be certified for phones) stamped by the certifier; a random serial. */
    public Stamp stampedPhone(Staffed centre, String certifierEmail) {
        return stampedHandheld(centre, certifierEmail, "phones", "Fairphone", "5", Grade.EXCELLENT, 91);
    }

    /** A phone or tablet of the centre's (certified for its category) stamped by the certifier; a random serial. */
    public Stamp stampedHandheld(Staffed centre, String certifierEmail, String category, String brand, String model,
            Grade grade, int batteryHealthPercent) {
        String serial = "35693803" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ItemIdentity item = new ItemIdentity(category, brand, model, serial, 2023);
        UUID application = TestSecurity.as(centre.email(), () -> {
            UUID started = applications.start(centre.organisationId(), item);
            applications.submit(centre.organisationId(), started,
                    StampFixtures.completeHandheld(item, grade, batteryHealthPercent));
            return started;
        }, Role.REUSE_CENTRE.authority());
        return TestSecurity.as(certifierEmail, () -> reviews.approve(application), Role.CERTIFIER.authority());
    }
}
