package eu.reloop.certification;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.certification.CertificationTestSetup.asCertifier;
import static eu.reloop.certification.CertificationTestSetup.asStaff;
import static eu.reloop.certification.CertificationTestSetup.completeDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;

/**
 * The declared rules of every certification write: a NUL character (which PostgreSQL refuses outright) or
 * a text over its limit is refused naming the field, before anything is written.
 */
@IntegrationTest
class WriteRulesTests {

    private static final String NUL = "Calibrated every year\u0000";

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    CertificationApplications applications;

    @Autowired
    CertificationReviews reviews;

    @Autowired
    Certificates certificates;

    @Autowired
    JdbcClient jdbc;

    Staffed organisation;
    String certifier;
    UUID application;

    @BeforeEach
    void aDraft() {
        organisation = setup.organisationWithStaff("Rules Fiks " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        certifier = setup.account("certifier", Role.CERTIFIER);
        application = asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
    }

    @Test
    void anExplanationWithANulOrOverTheLimitIsNeitherSavedNorSubmitted() {
        for (String bad : List.of(NUL, "x".repeat(TextLimits.NOTE + 1))) {
            ApplicationDraft draft = explaining(Criterion.DATA_SANITISATION, bad);
            List<String> before = stored();
            assertRefusedOn("explanation", () -> asStaff(organisation, () -> {
                applications.saveDraft(organisation.organisationId(), application, draft);
                return null;
            }));
            assertRefusedOn("explanation", () -> asStaff(organisation, () -> {
                applications.submit(organisation.organisationId(), application, draft);
                return null;
            }));
            assertThat(stored()).isEqualTo(before);
        }
        // The limit itself is allowed, with the line breaks of a text area.
        asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application,
                    explaining(Criterion.DATA_SANITISATION, "Wiped\n" + "x".repeat(TextLimits.NOTE - 6)));
            return null;
        });
        assertThat(asStaff(organisation, () -> applications.application(organisation.organisationId(), application))
                .answer(Criterion.DATA_SANITISATION).explanation()).hasSize(TextLimits.NOTE);
    }

    @Test
    void anEvidenceFileNameWithANulIsRefused() {
        List<String> before = stored();
        assertRefusedOn("fileName",
                () -> asStaff(organisation, () -> applications.attachEvidence(organisation.organisationId(),
                application, Criterion.LIABILITY_INSURANCE, "policy\u0000.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aReviewersNoteCommentOrReasonWithANulOrOverTheLimitChangesNothing() {
        submit();
        List<String> before = stored();
        for (String bad : List.of(NUL, "x".repeat(TextLimits.NOTE + 1))) {
            assertRefusedOn("note", () -> asCertifier(certifier, () -> {
                reviews.requestChanges(application, Map.of(), bad);
                return null;
            }));
            assertRefusedOn("reason", () -> asCertifier(certifier, () -> {
                reviews.reject(application, new Rejection(bad));
                return null;
            }));
        }
        // A comment is about one item: a reason's length, not a note's.
        for (String bad : List.of(NUL, "x".repeat(TextLimits.REASON + 1))) {
            assertRefusedOn("comments", () -> asCertifier(certifier, () -> {
                reviews.requestChanges(application, Map.of(Criterion.TRACEABILITY, bad), "See the comment");
                return null;
            }));
        }
        assertRefusedOn("reason", () -> asCertifier(certifier, () -> {
            reviews.reject(application, new Rejection("  "));
            return null;
        }));
        assertThat(stored()).isEqualTo(before);
        assertThat(asCertifier(certifier, () -> reviews.application(application).status()))
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aSuspensionReinstatementOrRevocationReasonThatIsBlankHasANulOrIsOverTheLimitChangesNothing() {
        submit();
        String number = asCertifier(certifier, () -> reviews.approve(application)).number();
        List<String> before = stored();
        for (String bad : List.of(NUL, "x".repeat(TextLimits.REASON + 1), " ")) {
            assertRefusedOn("reason", () -> asCertifier(certifier, () -> {
                certificates.suspend(number, bad);
                return null;
            }));
            assertRefusedOn("reason", () -> asCertifier(certifier, () -> {
                certificates.revoke(number, bad);
                return null;
            }));
            // The rule is checked before the state: an active certificate cannot be reinstated either way.
            assertRefusedOn("reason", () -> asCertifier(certifier, () -> {
                certificates.reinstate(number, bad);
                return null;
            }));
        }
        assertThat(stored()).isEqualTo(before);
        assertThat(certificates.byNumber(number).orElseThrow().state()).isEqualTo(CertificateState.ACTIVE);
    }

    private static ApplicationDraft explaining(Criterion criterion, String explanation) {
        ApplicationDraft complete = completeDraft();
        List<Answer> answers = new ArrayList<>(complete.answers());
        answers.set(criterion.ordinal(), new Answer(criterion, true, explanation));
        return new ApplicationDraft(complete.scope(), answers);
    }

    private void submit() {
        asStaff(organisation, () -> {
            applications.submit(organisation.organisationId(), application, completeDraft());
            return null;
        });
    }

    /** Everything a certification write could change for the organisation, row by row as JSON. */
    private List<String> stored() {
        List<String> rows = new ArrayList<>();
        for (String query : List.of(
                "select to_jsonb(a)::text from certification_application a where organisation_id = :organisation",
                "select to_jsonb(n)::text from certification_answer n join certification_application a"
                        + " on a.id = n.application_id where a.organisation_id = :organisation order by n.criterion",
                "select e.id::text from certification_evidence e join certification_application a"
                        + " on a.id = e.application_id where a.organisation_id = :organisation",
                "select to_jsonb(c)::text from certificate c where organisation_id = :organisation",
                "select to_jsonb(t)::text from certification_audit t where organisation_id = :organisation order by id",
                "select to_jsonb(n)::text from notification n where organisation_id = :organisation order by id")) {
            rows.addAll(jdbc.sql(query).param("organisation", organisation.organisationId()).query(String.class).list());
        }
        return rows;
    }
}
