package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.shared.RefusedException;

/** A stamp belongs to one physical item: one live stamp per serial, the serial checkable, and lost items kept out. */
@IntegrationTest
class ItemBindingTests {

    @Autowired
    MarketTestSetup market;

    @Autowired
    CertificationTestSetup setup;

    @Autowired
    StampApplications applications;

    @Autowired
    StampReviews reviews;

    @Autowired
    Stamps stamps;

    @Autowired
    LostItems lostItems;

    @Autowired
    JsonMapper json;

    MarketTestSetup.Centre centre;
    String certifier;
    String serial;

    @BeforeEach
    void aCertifiedCentreAndAnItem() {
        centre = market.certifiedCentre("Binding Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        certifier = setup.account("certifier", Role.CERTIFIER);
        serial = "35693803" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void anItemHasOneLiveStampHoweverItsSerialIsWrittenAndAnotherOnceThatOneIsRevoked() {
        UUID first = submitted(serial);
        UUID second = submitted(serial.substring(0, 4) + " " + serial.substring(4, 8) + "-" + serial.substring(8));
        Stamp stamp = approve(first);

        assertThatThrownBy(() -> approve(second)).isInstanceOfSatisfying(RefusedException.class, refused ->
                assertThat(refused.reasons()).contains(new RefusedException.Reason("serialNumber", "stamp.block.stamped-already",
                        List.of(stamp.code().display()))));
        assertThatThrownBy(() -> submitted(serial.toLowerCase())).isInstanceOf(RefusedException.class);

        TestSecurity.as(certifier, () -> {
            stamps.revoke(stamp.code(), "Stamped on the wrong unit");
            return null;
        }, Role.CERTIFIER.authority());
        assertThat(approve(second).code()).isNotEqualTo(stamp.code());
    }

    @Test
    void theStatementBindsTheWholeSerialWithoutShowingItAndTheVerifyCheckMatchesTheRightOneOnly() throws Exception {
        Stamp stamp = approve(submitted(serial));

        Map<?, ?> statement = json.readValue(stamp.signedPayload(), Map.class);
        assertThat(stamp.signedPayload()).doesNotContain(serial);
        byte[] salt = Base64.getUrlDecoder().decode((String) statement.get("serialSalt"));
        assertThat(statement.get("serialHash")).isEqualTo(StampStatement.serialHash(salt, serial))
                .isNotEqualTo(StampStatement.serialHash(salt, serial.substring(1) + "0"));
        // The hash is of the normalised serial, so whoever types it as the device shows it gets the same hash.
        assertThat(StampStatement.serialHash(salt, " " + serial.substring(0, 6) + "-" + serial.substring(6) + " "))
                .isEqualTo(statement.get("serialHash"));
        assertThat(statement.get("serialHash")).as("salt first, then the serial")
                .isEqualTo(java.util.HexFormat.of().formatHex(MerkleTree.sha256(salt, serial.getBytes(StandardCharsets.UTF_8))));

        assertThat(stamps.serialMatches(stamp.code(), serial.substring(0, 5) + " " + serial.substring(5))).isTrue();
        char last = serial.charAt(serial.length() - 1);
        assertThat(stamps.serialMatches(stamp.code(), serial.substring(0, serial.length() - 1) + (last == '0' ? '1' : '0')))
                .isFalse();
        assertThat(stamps.serialMatches(stamp.code(), "")).isFalse();
    }

    @Test
    void anItemReportedStolenCannotBeStampedNorItsStampSoldUntilTheReportIsCleared() {
        Stamp stamp = approve(submitted(serial));
        assertThatThrownBy(() -> TestSecurity.as(centre.staffed().email(), () -> {
            lostItems.reportOnPoliceReport("Fairphone", serial, "POL-2026-1");
            return null;
        }, Role.REUSE_CENTRE.authority())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> {
            lostItems.reportOnPoliceReport("Fairphone", serial, " ");
            return null;
        })).isInstanceOf(jakarta.validation.ConstraintViolationException.class);

        TestSecurity.asAdmin(() -> {
            lostItems.reportOnPoliceReport("fairphone", serial.substring(0, 3) + " " + serial.substring(3), "POL-2026-1");
            return null;
        });

        assertThat(stamps.inForce(stamp.code())).isFalse();
        assertThat(stamps.verify(stamp.code()).orElseThrow().reportedLostAt()).isNotNull();
        assertThatThrownBy(() -> TestSecurity.asAdmin(() -> {
            lostItems.reportOnPoliceReport("Fairphone", serial, "POL-2026-2");
            return null;
        })).isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reasons().getFirst().messageKey())
                .isEqualTo("lost-items.error.already-reported"));
        TestSecurity.as(certifier, () -> {
            stamps.revoke(stamp.code(), "Reported stolen");
            return null;
        }, Role.CERTIFIER.authority());
        assertThatThrownBy(() -> submitted(serial)).isInstanceOfSatisfying(RefusedException.class, refused ->
                assertThat(refused.reasons()).extracting(RefusedException.Reason::messageKey).contains("stamp.block.reported-lost"));

        LostItems.LostReport report = TestSecurity.asAdmin(() -> lostItems.openReports()).stream()
                .filter(open -> open.policeReport() != null && open.policeReport().equals("POL-2026-1")).findFirst().orElseThrow();
        assertThat(report.maskedSerial()).endsWith(serial.substring(serial.length() - 4)).doesNotContain(serial.substring(0, 4));
        TestSecurity.asAdmin(() -> {
            lostItems.clear(report.id());
            return null;
        });
        assertThat(approve(submitted(serial)).code()).isNotEqualTo(stamp.code());
    }

    private UUID submitted(String itemSerial) {
        ItemIdentity item = new ItemIdentity("phones", "Fairphone", "5", itemSerial, 2023);
        return MarketTestSetup.asStaff(centre, () -> {
            UUID started = applications.start(centre.organisationId(), item);
            applications.attachPhoto(centre.organisationId(), started, "front.png", StampFixtures.PHOTO);
            applications.submit(centre.organisationId(), started, StampFixtures.completeHandheld(item, Grade.EXCELLENT, 91));
            return started;
        });
    }

    private Stamp approve(UUID application) {
        return TestSecurity.as(certifier, () -> reviews.approve(application), Role.CERTIFIER.authority());
    }
}
