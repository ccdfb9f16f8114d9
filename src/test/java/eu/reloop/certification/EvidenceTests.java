package eu.reloop.certification;

import static eu.reloop.certification.CertificationTestSetup.asCertifier;
import static eu.reloop.certification.CertificationTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.IntegrationTest;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;

@IntegrationTest
class EvidenceTests {

    /** The start of a Windows executable: what a renamed {@code setup.exe} begins with. */
    private static final byte[] EXECUTABLE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    CertificationApplications applications;

    Staffed organisation;
    UUID application;

    @BeforeEach
    void aDraft() {
        organisation = setup.organisationWithStaff("Evidence Fiks " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        application = asStaff(organisation, () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
    }

    @Test
    void aRenamedExecutableIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> attach("insurance-policy.pdf", EXECUTABLE))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("application.error.evidence-type"));
        assertThat(current().evidence()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> attach("scan.pdf", large))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("application.error.evidence-too-large"));
        assertThat(current().evidence()).isEmpty();
    }

    @Test
    void documentsAreRecognisedByContentAndOnlyStaffAndCertifiersMayDownloadThem() {
        UUID pdf = attach("calibration certificate.pdf", PDF);
        // A PNG with a misleading name is still a PNG, and is kept as one.
        UUID png = attach("photo.jpg", PNG);

        assertThat(current().evidenceFor(Criterion.ELECTRICAL_SAFETY_TESTING))
                .extracting(EvidenceFile::fileName, EvidenceFile::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("calibration certificate.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("photo.jpg", "image/png"));
        assertThat(asStaff(organisation, () -> applications.evidence(organisation.organisationId(), pdf)).content())
                .isEqualTo(PDF);
        String certifier = setup.account("certifier", Role.CERTIFIER);
        assertThat(asCertifier(certifier, () -> applications.evidence(organisation.organisationId(), png)).contentType())
                .isEqualTo("image/png");

        Staffed stranger = setup.organisationWithStaff("Stranger " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> asStaff(stranger, () -> applications.evidence(organisation.organisationId(), pdf)))
                .isInstanceOf(AccessDeniedException.class);
        // Naming one's own organisation does not reach another's document either.
        assertThatThrownBy(() -> asStaff(stranger, () -> applications.evidence(stranger.organisationId(), pdf)))
                .isInstanceOf(UnknownRecordException.class);

        asStaff(organisation, () -> {
            applications.removeEvidence(organisation.organisationId(), application, png);
            return null;
        });
        assertThat(current().evidence()).extracting(EvidenceFile::id).containsExactly(pdf);
    }

    private UUID attach(String name, byte[] content) {
        return asStaff(organisation, () -> applications.attachEvidence(organisation.organisationId(), application,
                Criterion.ELECTRICAL_SAFETY_TESTING, name, content));
    }

    private CertificationApplication current() {
        return asStaff(organisation, () -> applications.application(organisation.organisationId(), application));
    }
}
