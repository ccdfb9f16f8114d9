package eu.reloop.stamp;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.stamp.StampFixtures.classI;
import static eu.reloop.stamp.StampFixtures.completePhone;
import static eu.reloop.stamp.StampFixtures.completeWashingMachine;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.Certificates;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.certification.Scope;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OfferedService;
import eu.reloop.identity.Role;
import eu.reloop.shared.TextLimits;

/**
 * Every stamp write refuses text PostgreSQL or a page cannot take (a NUL, more than the field's limit) and
 * readings no instrument gives, naming the field, and writes nothing.
 */
@IntegrationTest
class WriteRulesTests {

    private static final String NUL = "\u0000";

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
    StampTestSetup stampSetup;

    @Autowired
    JdbcClient jdbc;

    Staffed centre;
    String certifier;

    @BeforeEach
    void aReuseCentreCertifiedForPhonesAndWashingMachines() {
        centre = setup.organisationWithStaff("Rules Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        LocalDate from = LocalDate.now().minusMonths(6);
        TestSecurity.asAdmin(() -> certificates.importCertificate(centre.organisationId(), CertificateKind.REUSE_CENTRE,
                new Scope(Set.of("phones", "washing-machines"), Set.of(OfferedService.SELLS_REFURBISHED)), from,
                from.plusYears(3), "Test Certifier"));
        certifier = setup.account("certifier", Role.CERTIFIER);
    }

    @Test
    void startingRefusesControlCharactersOverLongTextsAndImpossibleYearsOnTheirField() {
        String tooLong = "x".repeat(TextLimits.LABEL + 1);
        assertRefusedOn("brand", () -> start(new ItemIdentity("phones", "Fair" + NUL + "phone", "5", "S-1", 2023)));
        assertRefusedOn("brand", () -> start(new ItemIdentity("phones", tooLong, "5", "S-1", 2023)));
        assertRefusedOn("model", () -> start(new ItemIdentity("phones", "Fairphone", "5" + NUL, "S-1", 2023)));
        // The model that made the centre's stamp list scroll sideways.
        assertRefusedOn("model", () -> start(new ItemIdentity("phones", "Fairphone", "5".repeat(600), "S-1", 2023)));
        assertRefusedOn("serialNumber", () -> start(new ItemIdentity("phones", "Fairphone", "5", "S-" + NUL, 2023)));
        assertRefusedOn("serialNumber", () -> start(new ItemIdentity("phones", "Fairphone", "5", tooLong, 2023)));
        assertRefusedOn("serialNumber", () -> start(new ItemIdentity("phones", "Fairphone", "5", " ", 2023)));
        assertRefusedOn("yearOfManufacture", () -> start(new ItemIdentity("phones", "Fairphone", "5", "S-1", 1800)));
        assertRefusedOn("yearOfManufacture", () -> start(new ItemIdentity("phones", "Fairphone", "5", "S-1",
                Year.now().getValue() + 1)));

        assertThat(jdbc.sql("select count(*) from stamp_application where organisation_id = :organisation")
                .param("organisation", centre.organisationId()).query(Long.class).single()).isZero();
    }

    @Test
    void savingAndSubmittingRefuseBrokenTextsInTheReportOnTheirFieldAndKeepTheStoredReport() {
        String serial = "WR" + UUID.randomUUID().toString().substring(0, 8);
        UUID application = start(StampFixtures.phone(serial));
        StampApplication before = asStaff(() -> applications.application(centre.organisationId(), application));
        InspectionReport complete = completePhone(serial);

        List<Spoilt> spoilt = List.of(
                new Spoilt("technician", withTechnician(complete, "Tove" + NUL)),
                new Spoilt("technician", withTechnician(complete, "T".repeat(TextLimits.NAME + 1))),
                new Spoilt("note", withFirstTestNote(complete, "Scratched" + NUL)),
                new Spoilt("note", withFirstTestNote(complete, "n".repeat(TextLimits.NOTE + 1))),
                new Spoilt("part", withPart(complete, "Display" + NUL)),
                new Spoilt("part", withPart(complete, "p".repeat(TextLimits.NAME + 1))),
                new Spoilt("tool", withErasureTool(complete, "Blancco" + NUL)),
                new Spoilt("tool", withErasureTool(complete, "b".repeat(TextLimits.LABEL + 1))),
                new Spoilt("batteryHealthPercent", withBattery(complete, 101)),
                new Spoilt("batteryHealthPercent", withBattery(complete, -1)));
        refusedOnSaveAndSubmitAndUnchanged(application, before, spoilt);
    }

    @Test
    void readingsNoInstrumentGivesAreRefusedOnTheirFieldAndNothingIsSaved() {
        String serial = "WM" + UUID.randomUUID().toString().substring(0, 8);
        ItemIdentity washer = new ItemIdentity("washing-machines", "Miele", "WWD 320", serial, 2019);
        UUID application = start(washer);
        StampApplication before = asStaff(() -> applications.application(centre.organisationId(), application));

        List<Spoilt> spoilt = List.of(
                new Spoilt("insulationMegaohm", completeWashingMachine(serial, classI("0.1", "1E+20", "1"))),
                new Spoilt("insulationMegaohm", completeWashingMachine(serial, classI("0.1", "5.00001", "1"))),
                new Spoilt("leakageMilliampere", completeWashingMachine(serial, classI("0.1", "5", "-1"))),
                new Spoilt("leakageMilliampere", completeWashingMachine(serial, classI("0.1", "5", "100000"))),
                new Spoilt("protectiveConductorOhm", completeWashingMachine(serial, classI("1000", "5", "1"))),
                new Spoilt("instrument", completeWashingMachine(serial, safety("Fluke" + NUL, "Tove Tekniker"))),
                new Spoilt("instrument", completeWashingMachine(serial, safety("f".repeat(TextLimits.LABEL + 1), "Tove"))),
                new Spoilt("tester", completeWashingMachine(serial,
                        safety("Fluke 6500-2", "t".repeat(TextLimits.NAME + 1)))));
        refusedOnSaveAndSubmitAndUnchanged(application, before, spoilt);
    }

    @Test
    void aReviewNoteWithAControlCharacterOrTooLongOrMissingIsRefusedOnTheNoteAndTheApplicationWaits() {
        String serial = "RN" + UUID.randomUUID().toString().substring(0, 8);
        UUID application = start(StampFixtures.phone(serial));
        asStaff(() -> {
            applications.submit(centre.organisationId(), application, completePhone(serial));
            return null;
        });

        for (String note : List.of("Photo missing" + NUL, "n".repeat(TextLimits.NOTE + 1), " ")) {
            assertRefusedOn("note", () -> asCertifier(() -> {
                reviews.returnForCorrection(application, note);
                return null;
            }));
            assertRefusedOn("note", () -> asCertifier(() -> {
                reviews.reject(application, note);
                return null;
            }));
        }

        StampApplication waiting = asCertifier(() -> reviews.application(application));
        assertThat(waiting.status()).isEqualTo(StampApplicationStatus.SUBMITTED);
        assertThat(waiting.reviewerNote()).isNull();
        // A note over several lines is what a text area gives, and is taken.
        asCertifier(() -> {
            reviews.returnForCorrection(application, "Photos:\n- the back is missing");
            return null;
        });
        assertThat(asCertifier(() -> reviews.application(application)).reviewerNote())
                .isEqualTo("Photos:\n- the back is missing");
    }

    @Test
    void aRevocationReasonWithAControlCharacterOrTooLongOrMissingIsRefusedAndTheStampStaysInForce() {
        Stamp stamp = stampSetup.stampedPhone(centre, certifier);

        for (String reason : List.of("Water damage" + NUL, "r".repeat(TextLimits.REASON + 1), " ")) {
            assertRefusedOn("reason", () -> asCertifier(() -> {
                stamps.revoke(stamp.code(), reason);
                return null;
            }));
        }

        StampVerification verification = stamps.verify(stamp.code()).orElseThrow();
        assertThat(verification.status()).isEqualTo(StampVerification.Status.VALID);
        assertThat(verification.revokedReason()).isNull();
        assertThat(verification.history()).extracting(StampVerification.HistoryEntry::event)
                .containsExactly(StampEvent.ISSUED);
    }

    private UUID start(ItemIdentity item) {
        return asStaff(() -> {
            UUID started = applications.start(centre.organisationId(), item);
            applications.attachPhoto(centre.organisationId(), started, "front.png", StampFixtures.PHOTO);
            return started;
        });
    }

    private <T> T asStaff(Supplier<T> work) {
        return TestSecurity.as(centre.email(), work, Role.REUSE_CENTRE.authority());
    }

    private <T> T asCertifier(Supplier<T> work) {
        return TestSecurity.as(certifier, work, Role.CERTIFIER.authority());
    }

    private record Spoilt(String field, InspectionReport report) {
    }

    private static ElectricalSafetyTest safety(String instrument, String tester) {
        return new ElectricalSafetyTest(ProtectionClass.CLASS_I, new BigDecimal("0.1"), new BigDecimal("5"),
                new BigDecimal("1"), true, instrument, LocalDate.of(2026, 11, 2), tester);
    }

    private static InspectionReport withTechnician(InspectionReport report, String technician) {
        return new InspectionReport(report.item(), report.grade(), report.tests(), report.electricalSafety(),
                report.batteryHealthPercent(), report.batteryReplaced(), report.erasure(), report.partsReplaced(),
                technician);
    }

    private static InspectionReport withFirstTestNote(InspectionReport report, String note) {
        List<TestResult> tests = new ArrayList<>(report.tests());
        tests.set(0, new TestResult(tests.getFirst().test(), true, note));
        return new InspectionReport(report.item(), report.grade(), tests, report.electricalSafety(),
                report.batteryHealthPercent(), report.batteryReplaced(), report.erasure(), report.partsReplaced(),
                report.technician());
    }

    private static InspectionReport withPart(InspectionReport report, String part) {
        return new InspectionReport(report.item(), report.grade(), report.tests(), report.electricalSafety(),
                report.batteryHealthPercent(), report.batteryReplaced(), report.erasure(),
                List.of(new PartReplaced(part, false)), report.technician());
    }

    private static InspectionReport withErasureTool(InspectionReport report, String tool) {
        DataErasure erasure = report.erasure();
        return new InspectionReport(report.item(), report.grade(), report.tests(), report.electricalSafety(),
                report.batteryHealthPercent(), report.batteryReplaced(), new DataErasure(erasure.mediaType(),
                        erasure.mediaMake(), erasure.mediaModel(), erasure.mediaSerial(), erasure.method(),
                        erasure.technique(), tool, erasure.toolVersion(), erasure.verification(), erasure.performer(),
                        erasure.performedOn()), report.partsReplaced(), report.technician());
    }

    private static InspectionReport withBattery(InspectionReport report, int health) {
        return new InspectionReport(report.item(), report.grade(), report.tests(), report.electricalSafety(), health,
                false, report.erasure(), report.partsReplaced(), report.technician());
    }

    /** Saving or submitting each spoilt report is refused on its field, and the stored draft stays as it was. */
    private void refusedOnSaveAndSubmitAndUnchanged(UUID application, StampApplication before, List<Spoilt> spoilt) {
        for (Spoilt report : spoilt) {
            assertRefusedOn(report.field(), () -> asStaff(() -> {
                applications.save(centre.organisationId(), application, report.report());
                return null;
            }));
            assertRefusedOn(report.field(), () -> asStaff(() -> {
                applications.submit(centre.organisationId(), application, report.report());
                return null;
            }));
        }

        StampApplication after = asStaff(() -> applications.application(centre.organisationId(), application));
        assertThat(after.status()).isEqualTo(StampApplicationStatus.DRAFT);
        assertThat(after.report()).isEqualTo(before.report());
    }
}
