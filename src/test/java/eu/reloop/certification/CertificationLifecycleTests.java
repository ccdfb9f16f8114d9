package eu.reloop.certification;

import static eu.reloop.AppendOnlyTables.assertCannotBeRewritten;
import static eu.reloop.certification.CertificationTestSetup.asCertifier;
import static eu.reloop.certification.CertificationTestSetup.asStaff;
import static eu.reloop.certification.CertificationTestSetup.completeDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.Role;
import eu.reloop.identity.SystemActor;
import eu.reloop.notification.Notification;
import eu.reloop.notification.Notifications;
import eu.reloop.notification.OutboundMail;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Violations;

@IntegrationTest
class CertificationLifecycleTests {

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

    Staffed organisation;
    String certifier;

    @BeforeEach
    void anOrganisationAndACertifier() {
        organisation = setup.organisationWithStaff("Lifecycle Fiks " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        certifier = setup.account("certifier", Role.CERTIFIER);
    }

    @Test
    void applicationIsReturnedForChangesResubmittedAndApprovedIntoACertificate() {
        UUID application = asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
        asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application, completeDraft());
            return null;
        });
        assertThat(asCertifier(certifier, () -> reviews.queue(null, null, 0, 1000)))
                .extracting(SubmittedApplication::id).contains(application);

        asCertifier(certifier, () -> {
            reviews.requestChanges(application, Map.of(Criterion.LIABILITY_INSURANCE, "Policy number is missing"),
                    "Nearly there");
            return null;
        });
        CertificationApplication returned = asStaff(organisation,
                () -> applications.application(organisation.organisationId(), application));
        assertThat(returned.status()).isEqualTo(ApplicationStatus.CHANGES_REQUESTED);
        assertThat(returned.reviewerComment(Criterion.LIABILITY_INSURANCE)).contains("Policy number is missing");
        assertThat(returned.decisionNote()).isEqualTo("Nearly there");
        assertThat(asCertifier(certifier, () -> reviews.queue(null, null, 0, 1000)))
                .extracting(SubmittedApplication::id).doesNotContain(application);

        List<Answer> corrected = new ArrayList<>(returned.answers());
        corrected.replaceAll(answer -> answer.criterion() == Criterion.LIABILITY_INSURANCE
                ? new Answer(Criterion.LIABILITY_INSURANCE, true, "Insured with Trygg AS, policy 123-456, until 2027-12-31")
                : answer);
        asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application, new ApplicationDraft(returned.scope(), corrected));
            return null;
        });
        Certificate certificate = asCertifier(certifier, () -> reviews.approve(application));

        assertThat(certificate.number()).matches("RLC-\\d{4}-\\d{5}");
        assertThat(certificate.kind()).isEqualTo(CertificateKind.REPAIRER);
        assertThat(certificate.scope()).isEqualTo(completeDraft().scope());
        assertThat(certificate.certifier()).isEqualTo("certifier Tester");
        assertThat(certificate.validTo()).isEqualTo(certificate.validFrom().atZone(java.time.ZoneOffset.UTC)
                .plus(Period.ofYears(3)).toInstant());
        assertThat(certificates.byNumber(certificate.number())).contains(certificate);
        var standing = organisations.profile(organisation.organisationId()).orElseThrow().organisation().certification();
        assertThat(standing.status()).isEqualTo(CertificationStatus.CERTIFIED);
        assertThat(standing.certificatePage()).isEqualTo(CertificationLinks.certificate(certificate.number()));

        List<AuditEntry> history = asStaff(organisation, () -> applications.history(organisation.organisationId()));
        assertThat(history).extracting(AuditEntry::action).containsExactly(
                AuditAction.APPROVED, AuditAction.SUBMITTED, AuditAction.CHANGES_REQUESTED, AuditAction.SUBMITTED);
        assertThat(history.getFirst().actor()).isEqualTo(certifier);
        assertThat(history.getFirst().certificateNumber()).isEqualTo(certificate.number());
        assertThat(history.get(2).reason()).isEqualTo("Nearly there");

        List<Notification> notices = asStaff(organisation, () -> notifications.notificationsOf(organisation.organisationId()));
        assertThat(notices).extracting(Notification::messageKey)
                .containsExactly("notice.approved.REPAIRER", "notice.changes-requested.REPAIRER");
        List<OutboundMail> mail = TestSecurity.asAdmin(() -> notifications.recentMail(0, 100));
        assertThat(mail).filteredOn(message -> message.recipient().equals(organisation.email()))
                .extracting(OutboundMail::subject)
                .contains("ReLoop: Your application for repairer certification was approved: certificate "
                        + certificate.number() + ".");
    }

    @Test
    void submittingAnIncompleteApplicationIsRefusedAndSavesNothing() {
        UUID application = asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
        ApplicationDraft complete = completeDraft();
        List<Answer> oneUnexplained = new ArrayList<>(complete.answers());
        oneUnexplained.set(3, new Answer(oneUnexplained.get(3).criterion(), false, "  "));
        ApplicationDraft incomplete = new ApplicationDraft(complete.scope(), oneUnexplained);

        assertThatThrownBy(() -> asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application, incomplete);
            return null;
        })).isInstanceOfSatisfying(RefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo(Criterion.values()[3].name());
            assertThat(refused.messageKey()).isEqualTo("application.error.item-incomplete");
        });

        CertificationApplication saved = asStaff(organisation, () -> applications.application(organisation.organisationId(), application));
        assertThat(saved.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(saved.answers()).isEmpty();

        asStaff(organisation, () -> {
            applications.saveDraft(organisation.organisationId(), application, incomplete);
            return null;
        });
        CertificationApplication resumed = asStaff(organisation, () -> applications.application(organisation.organisationId(), application));
        assertThat(resumed.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(resumed.answer(Criterion.TRAINED_STAFF).explanation()).isEqualTo("How we meet TRAINED_STAFF");
        assertThat(resumed.answer(Criterion.values()[3]).met()).isFalse();
        assertThat(resumed.scope()).isEqualTo(complete.scope());
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheApplication() {
        UUID application = submitted();
        assertThatThrownBy(() -> asCertifier(certifier, () -> {
            reviews.reject(application, new Rejection(" "));
            return null;
        })).isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                .extracting(Violations::field).containsExactly("reason"));

        asCertifier(certifier, () -> {
            reviews.reject(application, new Rejection("No electrical safety testing at all"));
            return null;
        });

        CertificationApplication rejected = asStaff(organisation, () -> applications.application(organisation.organisationId(), application));
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("No electrical safety testing at all");
        assertThatThrownBy(() -> asCertifier(certifier, () -> reviews.approve(application)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.error.not-submitted"));
        assertThat(organisations.profile(organisation.organisationId()).orElseThrow().organisation().certification().status())
                .isEqualTo(CertificationStatus.NOT_CERTIFIED);
    }

    @Test
    void theQueueListsSubmittedApplicationsOldestFirstAndFilters() {
        UUID first = submitted();
        Staffed other = setup.organisationWithStaff("Queue Fiks " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        UUID second = asStaff(other, () -> applications.start(other.organisationId(), CertificateKind.REUSE_CENTRE));
        asStaff(other, () -> {
            applications.submit(other.organisationId(), second, completeDraft());
            return null;
        });

        List<UUID> queue = asCertifier(certifier, () -> reviews.queue(null, "NO", 0, 1000)).stream()
                .map(SubmittedApplication::id).toList();
        assertThat(queue).containsSubsequence(first, second);
        assertThat(asCertifier(certifier, () -> reviews.queue(CertificateKind.REUSE_CENTRE, null, 0, 1000)))
                .extracting(SubmittedApplication::id).contains(second).doesNotContain(first);
        assertThat(asCertifier(certifier, () -> reviews.queue(null, "SE", 0, 1000)))
                .extracting(SubmittedApplication::id).doesNotContain(first, second);
        assertThat(asCertifier(certifier, () -> reviews.queueSize(CertificateKind.REUSE_CENTRE, "NO"))).isPositive();
    }

    @Test
    void onlyStaffApplyOnlyCertifiersDecideAndNobodyDecidesOnTheirOwnOrganisation() {
        Staffed stranger = setup.organisationWithStaff("Stranger Fiks " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> asStaff(stranger, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER)))
                .isInstanceOf(AccessDeniedException.class);

        UUID application = submitted();
        assertThatThrownBy(() -> asStaff(stranger, () -> applications.application(organisation.organisationId(), application)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(organisation, () -> reviews.approve(application)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCertifier(certifier, () -> {
            applications.saveDraft(organisation.organisationId(), application, completeDraft());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCertifier(certifier, () -> applications.start(organisation.organisationId(), CertificateKind.REUSE_CENTRE)))
                .isInstanceOf(AccessDeniedException.class);

        String colleague = setup.account("colleague", Role.CERTIFIER);
        setup.addStaff(colleague, organisation.organisationId());
        assertThat(asCertifier(colleague, () -> reviews.mayDecideOn(organisation.organisationId()))).isFalse();
        assertThatThrownBy(() -> asCertifier(colleague, () -> reviews.approve(application)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asCertifier(colleague, () -> reviews.application(application).status()))
                .isEqualTo(ApplicationStatus.SUBMITTED);

        String number = asCertifier(certifier, () -> reviews.approve(application)).number();
        // Nor may a colleague suspend (or later reinstate) the organisation's own certificate.
        assertThatThrownBy(() -> asCertifier(colleague, () -> {
            certificates.suspend(number, "Looks fine to me");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(organisation, () -> {
            applications.saveDraft(organisation.organisationId(), application, completeDraft());
            return null;
        })).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("application.error.not-editable"));
    }

    @Test
    void suspensionIsReversibleAndRevocationIsFinal() {
        Certificate certificate = asCertifier(certifier, () -> reviews.approve(submitted()));
        String number = certificate.number();

        assertThatThrownBy(() -> asCertifier(certifier, () -> {
            certificates.suspend(number, "");
            return null;
        })).isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(Violations.of(invalid))
                .extracting(Violations::field).containsExactly("reason"));
        assertThatThrownBy(() -> asStaff(organisation, () -> {
            certificates.suspend(number, "I would rather not");
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        asCertifier(certifier, () -> {
            certificates.suspend(number, "Battery fire complaint under investigation");
            return null;
        });
        assertThat(standing()).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(certificates.byNumber(number).orElseThrow().stateReason()).isEqualTo("Battery fire complaint under investigation");

        asCertifier(certifier, () -> {
            certificates.reinstate(number, "Complaint investigated: storage meets the rules");
            return null;
        });
        assertThat(standing()).isEqualTo(CertificationStatus.CERTIFIED);

        asCertifier(certifier, () -> {
            certificates.revoke(number, "Unsafe repairs confirmed");
            return null;
        });
        assertThat(standing()).isEqualTo(CertificationStatus.REVOKED);
        assertThatThrownBy(() -> asCertifier(certifier, () -> {
            certificates.reinstate(number, "Changed my mind");
            return null;
        })).isInstanceOf(RefusedException.class);
        assertThat(asStaff(organisation, () -> applications.history(organisation.organisationId())))
                .extracting(AuditEntry::action, AuditEntry::reason)
                .startsWith(tuple(AuditAction.REVOKED, "Unsafe repairs confirmed"),
                        tuple(AuditAction.REINSTATED, "Complaint investigated: storage meets the rules"),
                        tuple(AuditAction.SUSPENDED, "Battery fire complaint under investigation"),
                        tuple(AuditAction.APPROVED, null));
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeletedEvenInTheDatabase() {
        submitted();
        Map<String, Object> ofTheOrganisation = Map.of("id", organisation.organisationId());
        assertCannotBeRewritten("update certification_audit set reason = 'rewritten' where organisation_id = :id",
                ofTheOrganisation);
        assertCannotBeRewritten("delete from certification_audit where organisation_id = :id", ofTheOrganisation);
        assertThat(asStaff(organisation, () -> applications.history(organisation.organisationId()))).hasSize(1);
    }

    @Test
    void aSecondOpenApplicationOfTheSameKindIsRefused() {
        asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
        assertThatThrownBy(() -> asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("application.error.already-open"));
        assertThat(asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REUSE_CENTRE)))
                .isNotNull();
    }

    @Test
    void collectionPointsCannotApply() {
        UUID collectionPoint = TestSecurity.asAdmin(() -> organisations.register(OrganisationKind.COLLECTION_POINT,
                DirectoryFixtures.details("Drop-off " + UUID.randomUUID())));
        // As the system: the test's admin has no account, so no confirmed address, which applying needs of a person.
        assertThatThrownBy(() -> SystemActor.runAsAdmin("test-admin",
                () -> applications.start(collectionPoint, CertificateKind.REUSE_CENTRE)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("application.error.collection-point"));
    }

    @Test
    void aCertificateEnteredAfterItRanOutIsNotAnnouncedAsNews() {
        java.time.LocalDate today = java.time.LocalDate.now();
        TestSecurity.asAdmin(() -> certificates.importCertificate(organisation.organisationId(), CertificateKind.REPAIRER,
                completeDraft().scope(), today.minusYears(4), today.minusYears(1), "Paper Register"));
        certificates.watchExpiry();

        assertThat(standing()).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(asStaff(organisation, () -> notifications.notificationsOf(organisation.organisationId()))).isEmpty();
        assertThat(asStaff(organisation, () -> applications.history(organisation.organisationId())))
                .extracting(AuditEntry::action).containsExactly(AuditAction.IMPORTED);
    }

    private UUID submitted() {
        UUID application = asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
        asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application, completeDraft());
            return null;
        });
        return application;
    }

    private CertificationStatus standing() {
        return organisations.profile(organisation.organisationId()).orElseThrow().organisation().certification().status();
    }
}
