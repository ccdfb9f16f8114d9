package eu.reloop.certification;

import static eu.reloop.certification.CertificationTestSetup.asCertifier;
import static eu.reloop.certification.CertificationTestSetup.asStaff;
import static eu.reloop.certification.CertificationTestSetup.completeDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.directory.Organisations;
import eu.reloop.geo.GeoPoint;
import eu.reloop.identity.Role;
import eu.reloop.notification.Notification;
import eu.reloop.notification.Notifications;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;

/** The public standing follows the registry: in the directory at once, in search within seconds. */
@IntegrationTest
class CertificationInSearchTests {

    private static final Duration SECONDS = Duration.ofSeconds(10);

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    CertificationApplications applications;

    @Autowired
    CertificationReviews reviews;

    @Autowired
    Certificates certificates;

    @Autowired
    Organisations organisations;

    @Autowired
    Notifications notifications;

    @Autowired
    OrganisationSearch search;

    @Autowired
    TestClock clock;

    GeoPoint origin;
    Staffed organisation;

    @BeforeEach
    void anOrganisationInAnEmptyCorner() {
        origin = DirectoryFixtures.remoteOrigin();
        organisation = setup.organisationWithStaff("Search Fiks " + UUID.randomUUID(), origin);
    }

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void approvalSuspensionAndRevocationShowInTheCertifiedOnlySearchWithinSeconds() {
        await().atMost(SECONDS).until(() -> hit(false).isPresent());
        assertThat(hit(false)).hasValueSatisfying(hit -> assertThat(hit.certification()).isEqualTo(CertificationStatus.NOT_CERTIFIED));
        String certifier = setup.account("certifier", Role.CERTIFIER);
        UUID application = asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
        asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application, completeDraft());
            return null;
        });

        String number = asCertifier(certifier, () -> reviews.approve(application)).number();
        await().atMost(SECONDS).until(() -> hit(true).isPresent());

        asCertifier(certifier, () -> {
            certificates.suspend(number, "Complaint under investigation");
            return null;
        });
        await().atMost(SECONDS).until(() -> hit(true).isEmpty());
        assertThat(hit(false)).hasValueSatisfying(hit -> assertThat(hit.certification()).isEqualTo(CertificationStatus.SUSPENDED));

        asCertifier(certifier, () -> {
            certificates.reinstate(number, "Complaint dismissed");
            return null;
        });
        await().atMost(SECONDS).until(() -> hit(true).isPresent());

        asCertifier(certifier, () -> {
            certificates.revoke(number, "Unsafe repairs");
            return null;
        });
        await().atMost(SECONDS).until(() -> hit(true).isEmpty());
        assertThat(hit(false)).hasValueSatisfying(hit -> assertThat(hit.certification()).isEqualTo(CertificationStatus.REVOKED));
    }

    @Test
    void certificatesRemindBeforeTheyExpireAndExpireByThemselves() {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = today.plusDays(70);
        String number = TestSecurity.asAdmin(() -> certificates.importCertificate(organisation.organisationId(),
                CertificateKind.REPAIRER, new Scope(Set.of("phones"), Set.of(OfferedService.REPAIR)),
                end.minusYears(3), end, "Test Certifier")).number();
        await().atMost(SECONDS).until(() -> hit(true).isPresent());

        certificates.watchExpiry();
        assertThat(notices()).isEmpty();

        clock.advance(Duration.ofDays(11));
        certificates.watchExpiry();
        certificates.watchExpiry();
        assertThat(notices()).extracting(Notification::messageKey).containsExactly("notice.expires-soon");
        assertThat(notices().getFirst().arguments()).containsExactly(number, "59", end.toString());

        clock.advance(Duration.ofDays(50));
        certificates.watchExpiry();
        assertThat(notices()).extracting(Notification::messageKey).containsExactly("notice.expires-soon", "notice.expires-soon");
        assertThat(notices().getFirst().arguments()).containsExactly(number, "9", end.toString());

        // Search stops calling it certified at the end date by itself, before the expiry is even recorded.
        clock.advance(Duration.between(clock.instant(), end.atStartOfDay(ZoneOffset.UTC).toInstant()).plusMinutes(1));
        assertThat(hit(true)).isEmpty();
        assertThat(hit(false)).hasValueSatisfying(hit -> assertThat(hit.certification()).isEqualTo(CertificationStatus.EXPIRED));
        assertThat(organisations.profile(organisation.organisationId()).orElseThrow().organisation().certification().status())
                .isEqualTo(CertificationStatus.EXPIRED);

        certificates.watchExpiry();
        certificates.watchExpiry();
        assertThat(notices()).extracting(Notification::messageKey)
                .containsExactly("notice.expired", "notice.expires-soon", "notice.expires-soon");
        assertThat(asStaff(organisation, () -> applications.history(organisation.organisationId())))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.EXPIRED, CertificationTrail.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORTED, "test-admin"));
    }

    /** Two instances that look at the same moment (the job's lock had run out, say) send one reminder between them. */
    @Test
    void twoInstancesWatchingAtOnceRemindOnce() throws Exception {
        LocalDate end = LocalDate.now(clock).plusDays(70);
        TestSecurity.asAdmin(() -> certificates.importCertificate(organisation.organisationId(), CertificateKind.REPAIRER,
                new Scope(Set.of("phones"), Set.of(OfferedService.REPAIR)), end.minusYears(3), end, "Test Certifier"));
        clock.advance(Duration.ofDays(11));

        try (var instances = Executors.newFixedThreadPool(2)) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Void>> runs = Collections.nCopies(2, () -> {
                together.await();
                certificates.watchExpiry();
                return null;
            });
            for (var run : instances.invokeAll(runs)) {
                run.get();
            }
        }

        assertThat(notices()).extracting(Notification::messageKey).containsExactly("notice.expires-soon");
    }

    private List<Notification> notices() {
        return asStaff(organisation, () -> notifications.notificationsOf(organisation.organisationId()));
    }

    private Optional<OrganisationHit> hit(boolean certifiedOnly) {
        return search.search(new OrganisationQuery(origin, 5, null, null, certifiedOnly, false, 0, 20)).hits().stream()
                .filter(hit -> hit.organisationId().equals(organisation.organisationId())).findFirst();
    }
}
