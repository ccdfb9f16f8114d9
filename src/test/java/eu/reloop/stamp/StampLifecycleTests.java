package eu.reloop.stamp;

import static eu.reloop.stamp.StampFixtures.completePhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.awt.image.BufferedImage;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.certification.Scope;
import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.identity.Role;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;

@IntegrationTest
class StampLifecycleTests {

    @LocalServerPort
    int port;

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    Certificates certificates;

    @Autowired
    StampApplications applications;

    @Autowired
    StampReviews reviews;

    @Autowired
    Stamps stamps;

    @Autowired
    StampLog log;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Staffed centre;
    String certificateNumber;
    String certifier;

    @BeforeEach
    void aReuseCentreCertifiedForPhones() {
        centre = setup.organisationWithStaff("Stamp Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        LocalDate from = LocalDate.now().minusMonths(6);
        certificateNumber = TestSecurity.asAdmin(() -> certificates.importCertificate(centre.organisationId(),
                CertificateKind.REUSE_CENTRE, new Scope(Set.of("phones"), Set.of(OfferedService.SELLS_REFURBISHED)),
                from, from.plusYears(3), "Test Certifier")).number();
        certifier = setup.account("certifier", Role.CERTIFIER);
    }

    @Test
    void aPhoneIsDocumentedRefusedWhileItsBatteryIsWeakThenStampedSignedLoggedAndVerifiable() throws Exception {
        String serial = "3569380356" + (10000 + new java.util.Random().nextInt(89999));
        UUID application = asStaff(() -> applications.start(centre.organisationId(), StampFixtures.phone(serial)));
        InspectionReport weak = withBattery(completePhone(serial), 70);

        assertThatThrownBy(() -> asStaff(() -> {
            applications.submit(centre.organisationId(), application, weak);
            return null;
        })).isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reasons()).containsExactly(
                new RefusedException.Reason("batteryHealthPercent", "stamp.block.battery-low", List.of()),
                new RefusedException.Reason("photos", "stamp.block.no-photo", List.of())));
        assertThat(asStaff(() -> applications.application(centre.organisationId(), application)).status())
                .isEqualTo(StampApplicationStatus.DRAFT);

        // The first photo is the one the stamp shows and binds; a later one is only for the certifier.
        byte[] later = Arrays.copyOf(StampFixtures.PHOTO, StampFixtures.PHOTO.length + 1);
        asStaff(() -> {
            applications.attachPhoto(centre.organisationId(), application, "front.png", StampFixtures.PHOTO);
            applications.attachPhoto(centre.organisationId(), application, "back.png", later);
            applications.submit(centre.organisationId(), application, completePhone(serial));
            return null;
        });
        assertThat(asCertifier(() -> reviews.queue(0, 1000))).extracting(StampApplication::id).contains(application);
        Stamp stamp = asCertifier(() -> reviews.approve(application));

        StampVerification verification = stamps.verify(stamp.code()).orElseThrow();
        assertThat(verification.status()).isEqualTo(StampVerification.Status.VALID);
        assertThat(verification.serial()).endsWith(serial.substring(serial.length() - 4)).doesNotContain(serial);
        assertThat(verification.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(verification.testsPassed()).isEqualTo(verification.testsTotal()).isPositive();
        assertThat(verification.dataErased()).isTrue();
        assertThat(verification.centreCertification()).isEqualTo(CertificationStatus.CERTIFIED);
        assertThat(verification.warrantyMonths()).isEqualTo(24);
        assertThat(verification.history()).extracting(StampVerification.HistoryEntry::event).containsExactly(StampEvent.ISSUED);
        String photoHash = HexFormat.of().formatHex(MerkleTree.sha256(StampFixtures.PHOTO));
        assertThat(verification.photoHash()).isEqualTo(photoHash);
        assertThat(new JsonMapper().readValue(stamp.signedPayload(), Map.class).get("photoHash")).isEqualTo(photoHash);
        assertThat(stamps.photo(stamp.code()).orElseThrow().content()).isEqualTo(StampFixtures.PHOTO);

        // The QR code's statement verifies with the published key, and not once altered.
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(stamp.signedPayload().getBytes(StandardCharsets.UTF_8));
        assertThat(stamps.checkStatement(stamp.code(), payload, stamp.signature(), stamp.keyId()).verdict())
                .isEqualTo(StatementCheck.Verdict.NOT_REVOKED);
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                stamp.signedPayload().replace("EXCELLENT", "PREMIUM").getBytes(StandardCharsets.UTF_8));
        assertThat(stamps.checkStatement(stamp.code(), altered, stamp.signature(), stamp.keyId()).verdict())
                .isEqualTo(StatementCheck.Verdict.NOT_GENUINE);
        assertThat(stamps.checkStatement(stamp.code(), "not base64!", stamp.signature(), stamp.keyId()).verdict())
                .isEqualTo(StatementCheck.Verdict.NOT_GENUINE);
        assertThat(stamps.checkStatement(stamp.code(), payload, null, stamp.keyId()).verdict())
                .isEqualTo(StatementCheck.Verdict.NOT_GENUINE);
        // A genuine statement of one stamp does not pass for another.
        Stamp other = stamped("OT" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(stamps.checkStatement(other.code(), payload, stamp.signature(), stamp.keyId()).verdict())
                .isEqualTo(StatementCheck.Verdict.NOT_GENUINE);

        // Its issue is provably in the log.
        StampLog.InclusionProof proof = stamps.eventProofs(stamp.code(), null).orElseThrow().getFirst().proof();
        assertThat(MerkleTree.verifyInclusion(Math.toIntExact(proof.sequence()), Math.toIntExact(proof.treeSize()),
                HexFormat.of().parseHex(proof.leafHash()), proof.path().stream().map(HexFormat.of()::parseHex).toList(),
                HexFormat.of().parseHex(proof.rootHash()))).isTrue();
    }

    @Test
    void revocationShowsAtTheNextVerification() {
        Stamp stamp = stamped("RV" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(asStaff(() -> stamps.mayRevoke(stamp.code()))).isFalse();
        assertThat(asCertifier(() -> stamps.mayRevoke(stamp.code()))).isTrue();

        asCertifier(() -> {
            stamps.revoke(stamp.code(), "Sold with a hidden water damage");
            return null;
        });

        StampVerification revoked = stamps.verify(stamp.code()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(StampVerification.Status.REVOKED);
        assertThat(asCertifier(() -> stamps.mayRevoke(stamp.code()))).isFalse();
        assertThat(revoked.revokedReason()).isEqualTo("Sold with a hidden water damage");
        assertThat(revoked.history()).extracting(StampVerification.HistoryEntry::event)
                .containsExactly(StampEvent.ISSUED, StampEvent.REVOKED);
        assertThatThrownBy(() -> asCertifier(() -> {
            stamps.revoke(stamp.code(), "Again");
            return null;
        })).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("stamp.error.already-revoked"));
        assertThat(log.verify().intact()).isTrue();

        // Clearing the revocation in the stamp row behind the application's back changes nothing public,
        // and verification of the registry points at it.
        jdbc.sql("update stamp set revoked_at = null where code = :code").param("code", stamp.code().value()).update();
        try {
            assertThat(stamps.verify(stamp.code()).orElseThrow().status()).isEqualTo(StampVerification.Status.REVOKED);
            assertThat(log.verify().problem()).isEqualTo("stamp " + stamp.code().value() + " does not match the log");
        } finally {
            jdbc.sql("update stamp set revoked_at = now() where code = :code").param("code", stamp.code().value()).update();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aGenuineQrStatementIsNotToldAsInForceWhileTheStampsRecordFailsItsChecks() {
        Stamp stamp = stamped("UV" + UUID.randomUUID().toString().substring(0, 8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(stamp.signedPayload().getBytes(StandardCharsets.UTF_8));
        String report = jdbc.sql("select report::text from stamp where code = :code").param("code", stamp.code().value())
                .query(String.class).single();
        // The report changed behind the application's back no longer matches the digest its issue entry carries.
        jdbc.sql("update stamp set report = jsonb_set(report, '{batteryHealthPercent}', '99') where code = :code")
                .param("code", stamp.code().value()).update();
        try {
            assertThat(stamps.checkStatement(stamp.code(), payload, stamp.signature(), stamp.keyId()).verdict())
                    .isEqualTo(StatementCheck.Verdict.UNVERIFIABLE);
        } finally {
            jdbc.sql("update stamp set report = cast(:report as jsonb) where code = :code")
                    .param("report", report).param("code", stamp.code().value()).update();
        }
        assertThat(stamps.checkStatement(stamp.code(), payload, stamp.signature(), stamp.keyId()).verdict())
                .isEqualTo(StatementCheck.Verdict.NOT_REVOKED);
    }

    @Test
    void approvalChecksTheCentresCertificateAgainAndNobodyStampsTheirOwnCentre() {
        UUID application = submitted("SC" + UUID.randomUUID().toString().substring(0, 8));

        String colleague = setup.account("colleague", Role.CERTIFIER);
        setup.addStaff(colleague, centre.organisationId());
        assertThatThrownBy(() -> TestSecurity.as(colleague, () -> reviews.approve(application), Role.CERTIFIER.authority()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asStaff(() -> reviews.approve(application))).isInstanceOf(AccessDeniedException.class);
        assertThat(asCertifier(() -> reviews.blockers(reviews.application(application)))).isEmpty();

        asCertifier(() -> {
            certificates.suspend(certificateNumber, "Complaint under investigation");
            return null;
        });
        // What the review page shows is what the approval refuses with.
        assertThat(asCertifier(() -> reviews.blockers(reviews.application(application))))
                .extracting(RefusedException.Reason::messageKey).containsExactly("stamp.block.centre-not-certified");
        assertThatThrownBy(() -> asCertifier(() -> reviews.approve(application)))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(RefusedException.Reason::messageKey).containsExactly("stamp.block.centre-not-certified"));
        assertThatThrownBy(() -> asStaff(() -> applications.start(centre.organisationId(), StampFixtures.phone("X1"))))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(RefusedException.Reason::messageKey).containsExactly("stamp.block.centre-not-certified"));
        assertThat(asStaff(() -> applications.certifiedCategories(centre.organisationId()))).isEmpty();
    }

    @Test
    void aCentreMayOnlyStampCategoriesItsCertificateCoversAndOnlyItsOwnItems() {
        // The form offers what starting allows.
        assertThat(asStaff(() -> applications.certifiedCategories(centre.organisationId())))
                .extracting(DeviceCategory::code).containsExactly("phones");
        ItemIdentity washer = new ItemIdentity("washing-machines", "Miele", "WWD 320", "WM-9", 2019);
        assertThatThrownBy(() -> asStaff(() -> applications.start(centre.organisationId(), washer)))
                .isInstanceOf(RefusedException.class);

        UUID application = asStaff(() -> applications.start(centre.organisationId(), StampFixtures.phone("OWN-1")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        UUID photo = asStaff(() -> applications.attachPhoto(centre.organisationId(), application, "front.png", png));
        assertThatThrownBy(() -> asStaff(() -> applications.attachPhoto(centre.organisationId(), application, "x.jpg",
                "%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reasons())
                        .containsExactly(new RefusedException.Reason("content", "stamp.error.photo-type", List.of())));
        assertThat(asCertifier(() -> applications.photo(centre.organisationId(), photo)).contentType()).isEqualTo("image/png");
        Staffed stranger = setup.organisationWithStaff("Stranger " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> TestSecurity.as(stranger.email(),
                () -> applications.certifiedCategories(centre.organisationId()), Role.REUSE_CENTRE.authority()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestSecurity.as(stranger.email(),
                () -> applications.application(centre.organisationId(), application), Role.REUSE_CENTRE.authority()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestSecurity.as(stranger.email(),
                () -> applications.application(stranger.organisationId(), application), Role.REUSE_CENTRE.authority()))
                .isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> TestSecurity.as(stranger.email(),
                () -> applications.photo(stranger.organisationId(), photo), Role.REUSE_CENTRE.authority()))
                .isInstanceOf(UnknownRecordException.class);
    }

    @Test
    void theApiAnswersKnownCodesAndTellsTyposFromUnknownCodes() throws Exception {
        Stamp stamp = stamped("API" + UUID.randomUUID().toString().substring(0, 8));
        String code = stamp.code().display();

        HttpResponse<String> found = get("/api/v1/stamps/" + code.toLowerCase());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"status\":\"VALID\"", "\"grade\":\"EXCELLENT\"", "\"warrantyMonths\":24")
                .doesNotContain(stamp.report().item().serialNumber());

        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        assertThat(get("/api/v1/stamps/" + typo).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/stamps/" + typo).body()).contains("\"parameter\":\"code\"", "has a typo");
        assertThat(get("/api/v1/stamps/hello").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/stamps/hello").body()).contains("\"parameter\":\"code\"", "'hello' is not a stamp code");
        String unknown = StampCode.generate(new java.util.Random()).display();
        assertThat(get("/api/v1/stamps/" + unknown).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/stamps/" + unknown).body()).contains("A stamp that is not here is not genuine.");
        assertThat(get("/api/v1/stamps/" + code + "/proof").body()).contains("\"path\":[");
        // Anyone gets the photo the statement binds: the very bytes whose hash is signed.
        HttpResponse<byte[]> photo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/stamps/" + code + "/photo")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(HexFormat.of().formatHex(MerkleTree.sha256(photo.body())))
                .isEqualTo(new JsonMapper().readValue(stamp.signedPayload(), Map.class).get("photoHash"));
        assertThat(get("/api/v1/stamps/" + unknown + "/photo").statusCode()).isEqualTo(404);
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/stamps/{code}", "/api/v1/stamp-log/head");
    }

    @Test
    void theLabelsQrCodeCarriesAStatementThatVerifiesAndOnlyTheCentreAndCertifiersPrint() throws Exception {
        Stamp stamp = stamped("QR" + UUID.randomUUID().toString().substring(0, 8));

        byte[] label = asStaff(() -> stamps.label(stamp.code()));
        try (PDDocument document = Loader.loadPDF(label)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ReLoop quality stamp", "Fairphone 5", stamp.code().display(), "Grade: EXCELLENT",
                    "Warranty: 24 months from the date of sale");
            var resources = document.getPage(0).getResources();
            String link = decode(((PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next()))
                    .getImage());
            assertThat(link).isEqualTo(stamps.verificationLink(stamp.code()).orElseThrow())
                    .contains("/verify/" + stamp.code().value() + "?p=");
            Map<String, String> query = java.util.Arrays.stream(URI.create(link).getQuery().split("&"))
                    .map(pair -> pair.split("=", 2)).collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            assertThat(stamps.checkStatement(stamp.code(), query.get("p"), query.get("s"), query.get("k")).verdict())
                    .isEqualTo(StatementCheck.Verdict.NOT_REVOKED);
        }

        byte[] certificate = asStaff(() -> stamps.erasureCertificate(stamp.code())).orElseThrow();
        try (PDDocument document = Loader.loadPDF(certificate)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Certificate of data sanitisation", "PURGE",
                    "Blancco Mobile Diagnostics 7.4", "FULL");
        }

        Staffed stranger = setup.organisationWithStaff("Stranger " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        assertThatThrownBy(() -> TestSecurity.as(stranger.email(),
                () -> applications.certifiedCategories(centre.organisationId()), Role.REUSE_CENTRE.authority()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestSecurity.as(stranger.email(), () -> stamps.mayPrint(stamp.code()), Role.REUSE_CENTRE.authority()))
                .isFalse();
        // Nor a certifier: a label printed by anyone but the centre could go on another item.
        assertThat(asCertifier(() -> stamps.mayPrint(stamp.code()))).isFalse();
        assertThatThrownBy(() -> TestSecurity.as(stranger.email(), () -> stamps.label(stamp.code()),
                Role.REUSE_CENTRE.authority())).isInstanceOf(AccessDeniedException.class);
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // The image is the code itself, straight from the PDF: without PURE_BARCODE ZXing's finder-pattern
        // search misses about one synthetic code in twenty-five, depending on the random signature.
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
    }

    private Stamp stamped(String serial) {
        UUID application = submitted(serial);
        return asCertifier(() -> reviews.approve(application));
    }

    /** A phone's application with its photo, submitted and waiting for a certifier. */
    private UUID submitted(String serial) {
        return asStaff(() -> {
            UUID application = applications.start(centre.organisationId(), StampFixtures.phone(serial));
            applications.attachPhoto(centre.organisationId(), application, "front.png", StampFixtures.PHOTO);
            applications.submit(centre.organisationId(), application, completePhone(serial));
            return application;
        });
    }

    private <T> T asStaff(java.util.function.Supplier<T> work) {
        return TestSecurity.as(centre.email(), work, Role.REUSE_CENTRE.authority());
    }

    private <T> T asCertifier(java.util.function.Supplier<T> work) {
        return TestSecurity.as(certifier, work, Role.CERTIFIER.authority());
    }

    private static InspectionReport withBattery(InspectionReport report, int health) {
        return new InspectionReport(report.item(), report.grade(), report.tests(), report.electricalSafety(), health,
                false, report.erasure(), report.partsReplaced(), report.technician());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
