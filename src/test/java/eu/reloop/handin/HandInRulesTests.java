package eu.reloop.handin;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.handin.HandInTestSetup.asOwner;
import static eu.reloop.handin.HandInTestSetup.assertRefusedWith;
import static eu.reloop.handin.HandInTestSetup.at;
import static eu.reloop.handin.HandInTestSetup.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.directory.Organisations;
import eu.reloop.handin.HandInTestSetup.ErasureSite;
import eu.reloop.identity.YourData;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.DataErasure;

/** The rules of booking, receiving and certifying a hand-in, and the public check of its certificates. */
@IntegrationTest
class HandInRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    HandInTestSetup setup;

    @Autowired
    HandIns handIns;

    @Autowired
    HandInDesk desk;

    @Autowired
    ErasureCertificates certificates;

    @Autowired
    YourData yourData;

    @Autowired
    Organisations organisations;

    ErasureSite site;
    String owner;

    @BeforeEach
    void aSiteThatErasesPhonesAndAnOwner() {
        site = setup.erasureSite("Erase " + UUID.randomUUID(), OrganisationKind.COLLECTION_POINT,
                DirectoryFixtures.remoteOrigin());
        owner = setup.owner();
    }

    @Test
    void aBookingOutsideOpeningHoursOrInThePastIsRefusedOnTheSlot() {
        assertRefusedWith("handin.error.closed", () -> setup.booked(owner, site, at(1, LocalTime.of(17, 0))));
        assertRefusedWith("handin.error.closed", () -> setup.booked(owner, site, at(1, LocalTime.of(8, 30))));
        assertRefusedWith("handin.error.past", () -> setup.booked(owner, site, at(-1, LocalTime.of(10, 0))));
        assertRefusedWith("handin.error.not-a-slot", () -> setup.booked(owner, site, at(1, LocalTime.of(10, 10))));
        assertRefusedWith("handin.error.too-far", () -> setup.booked(owner, site, at(400, LocalTime.of(10, 0))));

        assertThat(setup.booked(owner, site, at(1, LocalTime.of(16, 30))).status()).isEqualTo(HandInStatus.BOOKED);
    }

    /** A hand-in keeps where it was booked, so the site that took it can still be removed. */
    @Test
    void aSiteThatTookAHandInCanBeRemovedAndTheHandInStillSaysWhereItWasBooked() {
        HandIn booked = setup.booked(owner, site, at(1, LocalTime.of(10, 0)));
        site.asStaff(() -> {
            organisations.removeSite(site.organisationId(), site.siteId());
            return null;
        });
        HandIn kept = asOwner(owner, () -> handIns.mine(booked.id()));
        assertThat(kept.siteName()).isEqualTo(booked.siteName());
        assertThat(kept.siteAddress()).isEqualTo(booked.siteAddress());
    }

    @Test
    void aBookingOverTheSitesHourlyCapacityIsRefusedAndTheHourIsNoLongerOffered() {
        site.asStaff(() -> {
            desk.setCapacity(site.organisationId(), site.siteId(), 2);
            return null;
        });
        setup.booked(owner, site, at(2, LocalTime.of(10, 0)));
        setup.booked(setup.owner(), site, at(2, LocalTime.of(10, 30)));

        assertRefusedWith("handin.error.full", () -> setup.booked(owner, site, at(2, LocalTime.of(10, 30))));
        LocalDate day = LocalDate.now(HandInTestSetup.OSLO).plusDays(2);
        assertThat(asOwner(owner, () -> handIns.freeSlots(site.siteId(), day)).stream().map(ZonedDateTime::toInstant))
                .doesNotContain(at(2, LocalTime.of(10, 0)), at(2, LocalTime.of(10, 30)))
                .contains(at(2, LocalTime.of(9, 30)), at(2, LocalTime.of(11, 0)))
                .hasSize(16 - 2);
        // Moving into a full hour is refused as booking into it is; a cancelled booking frees its place.
        HandIn later = setup.booked(owner, site, at(2, LocalTime.of(11, 0)));
        assertRefusedWith("handin.error.full", () -> asOwner(owner, () -> {
            handIns.move(later.id(), at(2, LocalTime.of(10, 0)));
            return null;
        }));
        HandIn first = asOwner(owner, handIns::mine).stream().filter(mine -> mine.slotStart().equals(at(2, LocalTime.of(10, 0))))
                .findFirst().orElseThrow();
        asOwner(owner, () -> {
            handIns.cancel(first.id());
            handIns.move(later.id(), at(2, LocalTime.of(10, 0)));
            return null;
        });
        assertThat(asOwner(owner, () -> handIns.mine(later.id())).slotStart()).isEqualTo(at(2, LocalTime.of(10, 0)));
    }

    @Test
    void aSiteCannotSeeOrReceiveAnotherSitesHandIns() {
        ErasureSite other = setup.erasureSite("Other " + UUID.randomUUID(), OrganisationKind.REUSE_CENTRE,
                DirectoryFixtures.remoteOrigin());
        HandIn handIn = setup.booked(owner, site, at(1, LocalTime.of(12, 0)));
        LocalDate day = LocalDate.now(HandInTestSetup.OSLO).plusDays(1);

        assertThat(other.asStaff(() -> desk.day(other.organisationId(), day))).isEmpty();
        assertRefusedWith("handin.error.code-unknown",
                () -> other.asStaff(() -> desk.receive(other.organisationId(), handIn.code().display())));
        assertThatThrownBy(() -> other.asStaff(() -> desk.handIn(site.organisationId(), handIn.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> other.asStaff(() -> desk.day(site.organisationId(), day)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(site.asStaff(() -> desk.day(site.organisationId(), day))).extracting(HandIn::code)
                .containsExactly(handIn.code());
    }

    @Test
    void aReceivedDeviceGetsASignedCertificateThatNamesNoOwner() throws Exception {
        HandIn handIn = setup.booked(owner, site, at(1, LocalTime.of(9, 0)));
        // Typed in lower case without hyphens, as people do at a counter.
        HandIn received = site.asStaff(() -> desk.receive(site.organisationId(), handIn.code().value().toLowerCase(Locale.ROOT)));
        assertThat(received.status()).isEqualTo(HandInStatus.RECEIVED);
        UUID device = received.devices().getFirst().id();
        String serial = asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst().serial();

        CertificateCode code = site.asStaff(() -> desk.recordErasure(site.organisationId(), handIn.id(), device,
                purge(LocalDate.now(HandInTestSetup.OSLO))));

        ErasureCertificate certificate = certificates.verify(code).orElseThrow();
        assertThat(certificate.signatureValid()).isTrue();
        assertThat(certificate.method()).isEqualTo(DataErasure.Method.PURGE);
        assertThat(certificate.maskedSerial()).endsWith(serial.substring(serial.length() - 4))
                .doesNotContain(serial.substring(0, 6));
        assertThat(asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst().certificateCode()).isEqualTo(code);

        HttpResponse<String> answer = get("/api/v1/erasures/" + code.value().toLowerCase(Locale.ROOT));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"method\":\"PURGE\"", "\"signatureValid\":true", code.display())
                .doesNotContain(owner, "owner Tester", serial, "performer");
        // A certificate is recorded once.
        assertRefusedWith("handin.error.already-erased", () -> site.asStaff(() -> desk.recordErasure(
                site.organisationId(), handIn.id(), device, purge(LocalDate.now(HandInTestSetup.OSLO)))));
    }

    @Test
    void theSiteCorrectsWhatTheOwnerSaidTheyBringUntilItIsErased() {
        HandIn handIn = setup.received(owner, site);
        UUID device = handIn.devices().getFirst().id();
        assertRefusedOn("brand", () -> correct(handIn, device, new DeviceBrought("phones", " ", "5", null, true)));
        // Said to hold data, it is erased or destroyed: a correction does not let it skip that.
        assertRefusedWith("handin.error.holds-data-kept",
                () -> correct(handIn, device, new DeviceBrought("phones", "Fairphone", "4", null, false)));
        assertRefusedOn("holdsData", () -> correct(handIn, device, new DeviceBrought("phones", "Fairphone", "4", null, false)));

        correct(handIn, device, new DeviceBrought("phones", "Fairphone", "5", "356938035643810", true));

        assertThat(asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst())
                .extracting(HandInDevice::model, HandInDevice::maskedSerial).containsExactly("5", "\u2022".repeat(11) + "3810");
        site.asStaff(() -> desk.recordErasure(site.organisationId(), handIn.id(), device,
                purge(LocalDate.now(HandInTestSetup.OSLO))));
        assertRefusedWith("handin.error.already-erased",
                () -> correct(handIn, device, new DeviceBrought("phones", "Fairphone", "4", null, true)));
    }

    private void correct(HandIn handIn, UUID device, DeviceBrought corrected) {
        site.asStaff(() -> {
            desk.correctDevice(site.organisationId(), handIn.id(), device, corrected);
            return null;
        });
    }

    @Test
    void deletingTheAccountKeepsTheErasureRecordWithoutThePerson() {
        HandIn handIn = setup.received(owner, site);
        CertificateCode code = site.asStaff(() -> desk.recordErasure(site.organisationId(), handIn.id(),
                handIn.devices().getFirst().id(), purge(LocalDate.now(HandInTestSetup.OSLO))));

        asOwner(owner, () -> {
            yourData.deleteAccount(owner);
            return null;
        });

        assertThat(certificates.verify(code)).hasValueSatisfying(kept -> assertThat(kept.signatureValid()).isTrue());
        HandIn seenBySite = site.asStaff(() -> desk.handIn(site.organisationId(), handIn.id()));
        assertThat(seenBySite.ownerName()).isNull();
        assertThat(seenBySite.devices().getFirst().certificateCode()).isEqualTo(code);
        assertThat(asOwner(owner, () -> handIns.mine())).isEmpty();
    }

    @Test
    void aBadCertificateCodeIsABadRequestAndAForgedOneIsUnknown() throws Exception {
        String forged = CertificateCode.generate(new Random(17)).value();
        assertThat(get("/api/v1/erasures/" + forged).statusCode()).isEqualTo(404);

        String typo = forged.substring(0, 10) + (forged.charAt(10) == '0' ? '1' : '0');
        HttpResponse<String> mistyped = get("/api/v1/erasures/" + typo);
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(mistyped.body()).contains("\"parameter\":\"code\"");
        assertThat(get("/api/v1/erasures/DROP%20TABLE").statusCode()).isEqualTo(400);
        // A stamp's code is no certificate's.
        assertThat(get("/api/v1/erasures/7K3M9QXDQ").statusCode()).isEqualTo(400);
    }

    @Test
    void aCancelledHandInCannotBeReceivedNorChangedAgain() {
        HandIn handIn = setup.booked(owner, site, at(1, LocalTime.of(14, 0)));
        asOwner(owner, () -> {
            handIns.cancel(handIn.id());
            return null;
        });
        assertRefusedWith("handin.error.cancelled",
                () -> site.asStaff(() -> desk.receive(site.organisationId(), handIn.code().display())));
        assertRefusedWith("handin.error.not-changeable", () -> asOwner(owner, () -> {
            handIns.move(handIn.id(), at(1, LocalTime.of(15, 0)));
            return null;
        }));
        // Somebody else's hand-in is unknown to them.
        String stranger = setup.owner();
        assertThatThrownBy(() -> asOwner(stranger, () -> handIns.mine(handIn.id())))
                .isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> asOwner(stranger, () -> handIns.custodyOf(List.of(handIn.id()))))
                .isInstanceOf(UnknownRecordException.class);
    }

    @Test
    void aBookingNeedsASiteThatErasesEveryDevicesKind() {
        assertRefusedOn("siteId", () -> asOwner(owner, () -> handIns.book(new Booking(site.siteId(),
                at(1, LocalTime.of(10, 0)), List.of(phone(null), new DeviceBrought("washing-machines", "Miele", "W1", null,
                        false))), Locale.ENGLISH)));
    }

    static DataErasure purge(LocalDate on) {
        return new DataErasure("Flash (eMMC)", "Samsung", "KLMAG1JETD", "EM-0042", DataErasure.Method.PURGE,
                "Cryptographic erase", "Blancco Mobile", "7.4", DataErasure.Verification.FULL, "Test Technician", on);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
