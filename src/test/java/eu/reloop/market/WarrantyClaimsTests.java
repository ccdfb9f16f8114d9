package eu.reloop.market;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static eu.reloop.market.ReturnsTests.as;
import static eu.reloop.market.ReturnsTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampLog;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;

@IntegrationTest
class WarrantyClaimsTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'};

    @Autowired
    MarketTestSetup setup;

    @Autowired
    SoldItems sold;

    @Autowired
    WarrantyClaims claims;

    @Autowired
    ClaimStatistics statistics;

    @Autowired
    Returns returns;

    @Autowired
    Checkout checkout;

    @Autowired
    Listings listings;

    @Autowired
    TestClock clock;

    @Autowired
    Stamps stamps;

    @Autowired
    StampLog stampLog;

    Centre centre;
    String buyer;

    @BeforeEach
    void aCentreAndABuyer() {
        centre = setup.certifiedCentre("Claims Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        buyer = setup.consumer();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClaimWithinTwentyFourMonthsIsAnsweredOnceAndBothStepsAreInTheStampLog() {
        Order order = sold.paidAtPickup(centre, buyer);
        Warranty warranty = sold.warrantyOf(buyer, order);
        clock.advance(Duration.ofDays(700));

        UUID claimId = as(buyer, () -> claims.fileClaim(warranty.id(), "It no longer charges."));
        UUID photoId = as(buyer, () -> claims.attachPhoto(claimId, PNG));
        assertThatThrownBy(() -> as(buyer, () -> claims.attachPhoto(claimId, PDF)))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("claim.error.photo-type");
                    assertThat(refused.field()).isEqualTo("photos");
                });
        assertRefused(buyer, () -> claims.fileClaim(warranty.id(), "And the speaker"), "claim.error.already-open");
        assertThat(as(setup.consumer(), () -> claims.photo(claimId, photoId))).as("another buyer").isEmpty();

        WarrantyClaim open = asStaff(centre, () -> claims.claimsOf(centre.organisationId())).getFirst();
        assertThat(open.id()).isEqualTo(claimId);
        assertThat(open.status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(open.photoIds()).containsExactly(photoId);
        assertThat(open.answerDue()).isEqualTo(open.filedAt().plus(Duration.ofDays(14)));
        assertThat(asStaff(centre, () -> claims.photo(claimId, photoId))).hasValueSatisfying(photo ->
                assertThat(photo.contentType()).isEqualTo("image/png"));

        assertRefusedOn("answer", () -> answer(centre, claimId, ClaimOutcome.REJECT, " "));
        answer(centre, claimId, ClaimOutcome.REJECT, "The charging port was damaged by water.");
        assertThatThrownBy(() -> answer(centre, claimId, ClaimOutcome.REPAIR, "We repair it after all"))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("claim.error.answered"));

        WarrantyClaim answered = as(buyer, () -> claims.myClaims()).getFirst();
        assertThat(answered.status()).isEqualTo(ClaimStatus.ANSWERED);
        assertThat(answered.outcome()).isEqualTo(ClaimOutcome.REJECT);
        assertThat(answered.answer()).isEqualTo("The charging port was damaged by water.");
        assertThat(sold.stampEvents(order)).containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.WARRANTY_CLAIM,
                StampEvent.WARRANTY_CLAIM);
        assertThat(as(buyer, () -> claims.fileClaim(warranty.id(), "Now the screen"))).as("a new claim").isNotNull();
    }

    @Test
    void noClaimOnSomeoneElsesWarrantyAfterTwentyFourMonthsOrOnAReturnedItem() {
        Order order = sold.paidAtPickup(centre, buyer);
        Warranty warranty = sold.warrantyOf(buyer, order);
        assertThatThrownBy(() -> as(setup.consumer(), () -> claims.fileClaim(warranty.id(), "Broken")))
                .isInstanceOf(UnknownRecordException.class);
        assertRefusedOn("description", () -> as(buyer, () -> claims.fileClaim(warranty.id(), "  ")));

        Order returned = sold.paidAtPickup(centre, buyer);
        UUID returnId = as(buyer, () -> returns.requestReturn(returned.id(), "Not what I wanted"));
        asStaff(centre, () -> {
            returns.approveReturn(centre.organisationId(), returnId);
            return null;
        });
        assertRefused(buyer, () -> claims.fileClaim(sold.warrantyOf(buyer, returned).id(), "Broken"), "claim.error.warranty-ended");

        clock.advance(Duration.ofDays(24 * 31 + 2));
        assertRefused(buyer, () -> claims.fileClaim(warranty.id(), "Broken"), "claim.error.warranty-not-in-force");
    }

    @Test
    void aClaimOpenPastFourteenDaysIsOverdueAndStillAnswered() {
        Order order = sold.paidAtPickup(centre, buyer);
        UUID claimId = as(buyer, () -> claims.fileClaim(sold.warrantyOf(buyer, order).id(), "The camera does not focus."));
        assertThat(claimOf(claimId).overdue()).isFalse();

        clock.advance(Duration.ofDays(15));
        assertThat(claimOf(claimId).overdue()).isTrue();
        assertThat(as(buyer, () -> claims.myClaims()).getFirst().overdue()).isTrue();

        answer(centre, claimId, ClaimOutcome.REPAIR, "Bring it to the counter; we replace the camera module.");
        assertThat(claimOf(claimId).overdue()).isFalse();
        assertThat(claimOf(claimId).answeredAt()).isNotNull();
    }

    @Test
    void aClaimAnsweredWithARepairIsInTheStampsVerifiedLogAndItsPublicHistory() {
        Order order = sold.paidAtPickup(centre, buyer);
        UUID claimId = as(buyer, () -> claims.fileClaim(sold.warrantyOf(buyer, order).id(), "The speaker crackles."));
        answer(centre, claimId, ClaimOutcome.REPAIR, "Bring it in: we replace the speaker free of charge.");

        StampCode code = new StampCode(order.stampCode());
        StampVerification verified = stamps.verify(code).orElseThrow();
        assertThat(verified.status()).isEqualTo(StampVerification.Status.VALID);
        assertThat(verified.history()).extracting(StampVerification.HistoryEntry::event, StampVerification.HistoryEntry::details)
                .containsExactly(tuple(StampEvent.ISSUED, stampLog.entriesOf(code).getFirst().details()),
                        tuple(StampEvent.SOLD, Map.of("order", order.number())),
                        tuple(StampEvent.WARRANTY_CLAIM, Map.of("claim", claimId.toString(), "step", "filed")),
                        tuple(StampEvent.WARRANTY_CLAIM, Map.of("claim", claimId.toString(), "step", "answered",
                                "outcome", "REPAIR")));
        assertThat(stampLog.entriesOf(code)).allSatisfy(entry -> assertThat(stampLog.problemWith(entry)).isEmpty());
    }

    @Test
    void aRefundOutcomePaysThePickupOrderBackAndEndsTheWarranty() {
        Order order = sold.paidAtPickup(centre, buyer);
        UUID claimId = as(buyer, () -> claims.fileClaim(sold.warrantyOf(buyer, order).id(), "Dead after a week."));

        answer(centre, claimId, ClaimOutcome.REFUND, "We refund it; bring the phone back when convenient.");

        OrderReturn refund = as(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(refund.status()).isEqualTo(ReturnStatus.REFUNDED);
        assertThat(refund.claimId()).isEqualTo(claimId);
        assertThat(as(buyer, () -> checkout.order(order.id())).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
        assertThat(sold.warrantyOf(buyer, order).endedAt()).isNotNull();
        assertThat(asStaff(centre, () -> listings.listing(order.listingId())).orElseThrow().status())
                .isEqualTo(ListingStatus.OFF_SALE);
        assertThat(sold.stampEvents(order)).containsExactly(StampEvent.ISSUED, StampEvent.SOLD, StampEvent.WARRANTY_CLAIM,
                StampEvent.WARRANTY_CLAIM, StampEvent.RETURNED);
    }

    @Test
    void certifiersSeeEachCentresClaimRate() {
        Order rejected = sold.paidAtPickup(centre, buyer);
        Order waiting = sold.paidAtPickup(centre, buyer);
        sold.paidAtPickup(centre, buyer);
        sold.paidAtPickup(centre, buyer);
        UUID first = as(buyer, () -> claims.fileClaim(sold.warrantyOf(buyer, rejected).id(), "Cracked housing"));
        clock.advance(Duration.ofDays(2));
        answer(centre, first, ClaimOutcome.REJECT, "Dropped: not covered.");
        as(buyer, () -> claims.fileClaim(sold.warrantyOf(buyer, waiting).id(), "No sound"));
        clock.advance(Duration.ofDays(15));

        String certifier = setup.consumer();
        assertThatThrownBy(() -> as(certifier, () -> statistics.claimRates(true, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        int centres = asCertifier(() -> statistics.centreCount());
        List<CentreClaimRate> all = asCertifier(() -> statistics.claimRates(true, 0, centres));
        assertThat(all).extracting(CentreClaimRate::claimRate).isSortedAccordingTo((a, b) ->
                a == null ? (b == null ? 0 : 1) : b == null ? -1 : Double.compare(b, a));
        CentreClaimRate ours = all.stream().filter(rate -> rate.organisationId().equals(centre.organisationId()))
                .findFirst().orElseThrow();
        assertThat(ours.organisationName()).startsWith("Claims Centre ");
        assertThat(ours.itemsSold()).isEqualTo(4);
        assertThat(ours.claims()).isEqualTo(2);
        assertThat(ours.claimRate()).isEqualTo(0.5);
        assertThat(ours.rejectedShare()).isEqualTo(1.0);
        assertThat(ours.overdue()).isEqualTo(1);
        assertThat(ours.averageAnswerTime()).isBetween(Duration.ofDays(2), Duration.ofDays(2).plusMinutes(1));
    }

    private void answer(Centre seller, UUID claimId, ClaimOutcome outcome, String answer) {
        asStaff(seller, () -> {
            claims.answerClaim(seller.organisationId(), claimId, outcome, answer);
            return null;
        });
    }

    private WarrantyClaim claimOf(UUID claimId) {
        return asStaff(centre, () -> claims.claimsOf(centre.organisationId())).stream()
                .filter(claim -> claim.id().equals(claimId)).findFirst().orElseThrow();
    }



    private static <T> T asCertifier(Supplier<T> work) {
        return TestSecurity.as("claims-certifier@test.reloop", work, Role.CERTIFIER.authority());
    }
}
