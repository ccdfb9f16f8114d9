package eu.reloop.handin;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.handin.HandInTestSetup.asOwner;
import static eu.reloop.handin.HandInTestSetup.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.RefusedInserts;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.directory.OrganisationKind;
import eu.reloop.handin.HandInTestSetup.ErasureSite;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.identity.Role;
import eu.reloop.identity.YourData;
import eu.reloop.impact.ImpactFigures;
import eu.reloop.impact.ImpactKind;
import eu.reloop.impact.ImpactRow;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.notification.Notifications;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.CustodyLog;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampTestSetup;

/** What becomes of handed-in devices, and the flags raised when the chain of custody goes quiet. */
@IntegrationTest
class HandInCustodyTests {

    @Autowired
    HandInTestSetup setup;

    @Autowired
    HandIns handIns;

    @Autowired
    HandInDesk desk;

    @Autowired
    HandInOutcomes outcomes;

    @Autowired
    HandInFlags flags;

    @Autowired
    TestClock clock;

    @Autowired
    ImpactFigures impact;

    @Autowired
    StampTestSetup stamps;

    @Autowired
    MarketTestSetup market;

    @Autowired
    Notifications notifications;

    @Autowired
    YourData yourData;

    ErasureSite collectionPoint;
    ErasureSite centre;
    String owner;

    @BeforeEach
    void aCollectionPointACertifiedCentreAndAnOwner() {
        collectionPoint = setup.erasureSite("Point " + UUID.randomUUID(), OrganisationKind.COLLECTION_POINT,
                DirectoryFixtures.remoteOrigin());
        centre = setup.certifiedCentre("Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        owner = setup.owner();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aCollectionPointHandsAnErasedDeviceToACertifiedCentreThatConfirmsIt() {
        HandIn handIn = setup.received(owner, collectionPoint);
        UUID device = handIn.devices().getFirst().id();
        assertThat(handIn.ownerName()).isEqualTo("owner Tester");
        assertThat(handIn.ownerEmail()).isNull();
        // Data first: a device that may hold the owner's data does not leave the site unerased.
        assertRefusedWith("handin.error.erase-first", () -> handOver(collectionPoint, handIn, device, centre.organisationId()));
        erase(collectionPoint, handIn, device);
        // Only a reuse centre certified for the kind may receive it.
        ErasureSite uncertified = setup.erasureSite("Uncertified " + UUID.randomUUID(), OrganisationKind.REUSE_CENTRE,
                DirectoryFixtures.remoteOrigin());
        assertRefusedOn("receiverId", () -> handOver(collectionPoint, handIn, device, uncertified.organisationId()));

        handOver(collectionPoint, handIn, device, centre.organisationId());

        // The receiving centre learns what the device is and where it comes from, no more: not whose it was, nor its serial.
        String serial = handIn.devices().getFirst().serial();
        assertThat(centre.asStaff(() -> outcomes.awaitingConfirmation(centre.organisationId())))
                .singleElement().satisfies(waiting -> {
                    assertThat(waiting.deviceId()).isEqualTo(device);
                    assertThat(waiting.fromSite()).isEqualTo(handIn.siteName());
                    assertThat(waiting.maskedSerial()).endsWith("3809").doesNotContain(serial.substring(0, 6));
                });
        assertThatThrownBy(() -> collectionPoint.asStaff(() -> {
            outcomes.confirmHandOver(collectionPoint.organisationId(), device);
            return null;
        })).isInstanceOf(UnknownRecordException.class);
        centre.asStaff(() -> {
            outcomes.confirmHandOver(centre.organisationId(), device);
            return null;
        });

        assertThat(centre.asStaff(() -> outcomes.awaitingConfirmation(centre.organisationId()))).isEmpty();
        Outcome outcome = asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst().outcome();
        assertThat(outcome).isNotNull();
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HANDED_OVER);
        assertThat(outcome.confirmedAt()).isNotNull();
        // Its outcome recorded, the site no longer sees who brought it.
        assertThat(collectionPoint.asStaff(() -> desk.handIn(collectionPoint.organisationId(), handIn.id())).ownerName())
                .isNull();
        assertRefusedWith("handin.error.outcome-recorded",
                () -> handOver(collectionPoint, handIn, device, centre.organisationId()));
        // Every step is in the registry's tamper-evident log, and each entry checks out.
        List<CustodyLog.Step> steps = asOwner(owner, () -> handIns.custodyOf(List.of(handIn.id()))).get(device);
        assertThat(steps).extracting(CustodyLog.Step::event).containsExactly(StampEvent.HANDIN_BOOKED,
                StampEvent.HANDIN_RECEIVED, StampEvent.HANDIN_ERASED, StampEvent.HANDIN_HANDED_OVER,
                StampEvent.HANDIN_HANDOVER_CONFIRMED);
        assertThat(steps).allMatch(CustodyLog.Step::intact);
        assertThat(steps.get(3).details()).containsEntry("to", centre.organisationId().toString());
        assertThat(steps.toString()).doesNotContain(owner, "owner Tester");
    }

    @Test
    void aRecyclingRecordsItsFractionsAndTheyWeighNoMoreThanTheDevice() {
        HandIn handIn = setup.received(owner, collectionPoint);
        UUID device = handIn.devices().getFirst().id();
        erase(collectionPoint, handIn, device);
        assertRefusedOn("weightGrams", () -> recycle(handIn, device, new Recycling("Norsirk", 180, 100, 60, 30, 0)));

        recycle(handIn, device, new Recycling("Norsirk", 180, 90, 50, 30, 10));

        Outcome outcome = asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst().outcome();
        assertThat(outcome).isNotNull();
        assertThat(outcome.recycling()).isEqualTo(new Recycling("Norsirk", 180, 90, 50, 30, 10));
        // It counts towards the owner's impact as material recycling: its whole weight, the unsorted rest as other.
        ImpactRow recycled = asOwner(owner, () -> impact.mine()).getFirst();
        assertThat(recycled.kind()).isEqualTo(ImpactKind.RECYCLING);
        assertThat(recycled.massKg()).isEqualByComparingTo("0.18");
        assertThat(recycled.metalsKg()).isEqualByComparingTo("0.09");
        assertThat(recycled.otherKg()).isEqualByComparingTo("0.01");
        assertThat(recycled.kgCo2e()).isZero();
        // The owner's copy of their data says so too.
        assertThat(new String(asOwner(owner, () -> yourData.export()), StandardCharsets.UTF_8))
                .contains("\"outcome\" : \"RECYCLED\"", "\"recycler\" : \"Norsirk\"", "\"weight_grams\" : 180");
    }

    @Test
    void aCertifiedCentreRefurbishesAHandedInDeviceAsAStampApplication() {
        HandIn handIn = setup.received(owner, centre);
        UUID device = handIn.devices().getFirst().id();
        erase(centre, handIn, device);

        UUID application = centre.asStaff(() -> outcomes.refurbish(centre.organisationId(), handIn.id(), device));

        Outcome outcome = asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst().outcome();
        assertThat(outcome).isNotNull();
        assertThat(outcome.stampApplicationId()).isEqualTo(application);
        // A collection point holds no reuse-centre certificate: the stamp module refuses it.
        HandIn other = setup.received(owner, collectionPoint);
        UUID otherDevice = other.devices().getFirst().id();
        erase(collectionPoint, other, otherDevice);
        assertThatThrownBy(() -> collectionPoint.asStaff(() -> outcomes.refurbish(collectionPoint.organisationId(),
                other.id(), otherDevice))).isInstanceOf(RefusedException.class);

        // The centre documents it, a certifier stamps it, it is listed and sold: the owner is told it got a second life.
        Stamp stamp = stamps.stampStarted(new Staffed(centre.organisationId(), centre.staff()), application,
                setup.certifier());
        MarketTestSetup.Centre seller = new MarketTestSetup.Centre(new Staffed(centre.organisationId(), centre.staff()),
                centre.siteId(), "");
        String buyer = market.consumer();
        market.soldAtPickup(seller, buyer, market.listed(seller, stamp, "Fairphone 4, refurbished", "1490",
                "NOK", null));
        Outcome sold = asOwner(owner, () -> handIns.mine(handIn.id())).devices().getFirst().outcome();
        assertThat(sold).isNotNull();
        assertThat(sold.soldAgainAt()).isNotNull();
        assertThat(TestSecurity.asAdmin(() -> notifications.recentMail(0, 100))).anySatisfy(mail -> {
            assertThat(mail.recipient()).isEqualTo(owner);
            assertThat(mail.body()).contains("got a second life").doesNotContain(buyer);
        });
    }

    @Test
    void anOverdueErasureAndAnUnconfirmedHandOverAreFlaggedToTheSiteAndToCertifiers() {
        HandIn waiting = setup.received(owner, collectionPoint);
        HandIn handedOver = setup.received(owner, collectionPoint);
        UUID handedOverDevice = handedOver.devices().getFirst().id();
        erase(collectionPoint, handedOver, handedOverDevice);
        handOver(collectionPoint, handedOver, handedOverDevice, centre.organisationId());
        assertThat(collectionPoint.asStaff(() -> flags.flagsOf(collectionPoint.organisationId()))).isEmpty();

        clock.advance(Duration.ofDays(3));
        assertThat(collectionPoint.asStaff(() -> flags.flagsOf(collectionPoint.organisationId())))
                .extracting(HandInFlag::kind, HandInFlag::code, HandInFlag::receiverName)
                .containsExactly(tuple(HandInFlag.Kind.UNCONFIRMED_HAND_OVER,
                        handedOver.code(), centreName()));

        clock.advance(Duration.ofDays(12));
        assertThat(collectionPoint.asStaff(() -> flags.flagsOf(collectionPoint.organisationId())))
                .extracting(HandInFlag::kind, HandInFlag::code)
                .containsExactlyInAnyOrder(tuple(HandInFlag.Kind.OVERDUE, waiting.code()),
                        tuple(HandInFlag.Kind.UNCONFIRMED_HAND_OVER, handedOver.code()));
        String certifier = setup.certifier();
        assertThat(TestSecurity.as(certifier, flags::all, Role.CERTIFIER.authority()))
                .extracting(HandInFlag::code).contains(waiting.code(), handedOver.code());
        // The site is told of each flag once.
        assertThat(flags.tellSites()).isGreaterThanOrEqualTo(2);
        assertThat(flags.tellSites()).isZero();
        // Another site's staff see none of them.
        assertThatThrownBy(() -> centre.asStaff(() -> flags.flagsOf(collectionPoint.organisationId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Each flag is told in a transaction of its own: one that cannot be told waits for the next check, alone. */
    @Test
    void aFlagWhoseNoticeFailsIsToldAtTheNextCheckAndTheOtherSitesAreToldAtOnce() {
        HandIn atThePoint = setup.received(owner, collectionPoint);
        HandIn atTheCentre = setup.received(owner, centre);
        clock.advance(Duration.ofDays(15));

        try (RefusedInserts refused = RefusedInserts.into("notification",
                "new.organisation_id = '" + collectionPoint.organisationId() + "'")) {
            flags.tellSites();
        }

        assertThat(flagNotices(centre)).containsExactly(atTheCentre.code().display());
        assertThat(flagNotices(collectionPoint)).isEmpty();
        flags.tellSites();
        assertThat(flagNotices(collectionPoint)).containsExactly(atThePoint.code().display());
    }

    /** The hand-in codes the site's flag notices name. */
    private List<String> flagNotices(ErasureSite site) {
        return site.asStaff(() -> notifications.notificationsOf(site.organisationId())).stream()
                .filter(notice -> notice.messageKey().startsWith("handin.notice.flag.")).map(notice -> notice.arguments().get(1))
                .toList();
    }

    private String centreName() {
        return setup.legalName(centre.organisationId());
    }

    private void erase(ErasureSite site, HandIn handIn, UUID device) {
        site.asStaff(() -> desk.recordErasure(site.organisationId(), handIn.id(), device,
                HandInRulesTests.purge(LocalDate.now(HandInTestSetup.OSLO))));
    }

    private void handOver(ErasureSite site, HandIn handIn, UUID device, UUID receiver) {
        site.asStaff(() -> {
            outcomes.handOver(site.organisationId(), handIn.id(), device, receiver);
            return null;
        });
    }

    private void recycle(HandIn handIn, UUID device, Recycling recycling) {
        collectionPoint.asStaff(() -> {
            outcomes.recycle(collectionPoint.organisationId(), handIn.id(), device, recycling);
            return null;
        });
    }
}
