package eu.reloop.market;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.Role;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.Stamps;

@IntegrationTest
class ListingsTests {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    Listings listings;

    @Autowired
    Stamps stamps;

    Centre centre;

    @BeforeEach
    void aCertifiedCentre() {
        centre = setup.certifiedCentre("Listing Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
    }

    @Test
    void aStampedItemIsListedWithTheStampsFactsAndOnlyOnce() {
        Stamp stamp = setup.stampedPhone(centre);
        UUID id = asStaff(centre, () -> listings.list(centre.organisationId(), draft(stamp, "1499.00")));

        Listing listing = asStaff(centre, () -> listings.listing(id).orElseThrow());
        assertThat(listing.status()).isEqualTo(ListingStatus.ON_SALE);
        assertThat(listing.brand()).isEqualTo("Fairphone");
        assertThat(listing.category()).isEqualTo("phones");
        assertThat(listing.batteryHealthPercent()).isEqualTo(91);
        assertThat(listing.price().minorUnits()).isEqualTo(149_900);
        assertThat(asStaff(centre, () -> listings.listableStamps(centre.organisationId())))
                .extracting(Stamp::code).doesNotContain(stamp.code());

        assertRefused(() -> listings.list(centre.organisationId(), draft(stamp, "999")), "listing.error.already-listed");
    }

    @Test
    void badInputIsRefusedWithTheFieldToFixAndNothingIsSaved() {
        Stamp stamp = setup.stampedPhone(centre);
        ListingDraft good = draft(stamp, "1499");
        assertRefusedOn("title",
                () -> asStaff(centre, () -> listings.list(centre.organisationId(), withTitle(good, "ab"))));
        assertRefusedOn("price",
                () -> asStaff(centre, () -> listings.list(centre.organisationId(), draft(stamp, "0"))));
        assertRefusedOn("price",
                () -> asStaff(centre, () -> listings.list(centre.organisationId(), draft(stamp, "10.001"))));
        assertRefused(() -> listings.list(centre.organisationId(), new ListingDraft(stamp.code().value(), centre.siteId(),
                "Phone", "", new BigDecimal("10"), "USD", true, null)), "listing.error.currency");
        assertRefused(() -> listings.list(centre.organisationId(), new ListingDraft(stamp.code().value(), centre.siteId(),
                "Phone", "", new BigDecimal("10"), "NOK", false, null)), "listing.error.delivery");
        assertRefused(() -> listings.list(centre.organisationId(), new ListingDraft(stamp.code().value(), UUID.randomUUID(),
                "Phone", "", new BigDecimal("10"), "NOK", true, null)), "listing.error.site");
        assertRefused(() -> listings.list(centre.organisationId(), new ListingDraft("K6V5-S6GK-1", centre.siteId(),
                "Phone", "", new BigDecimal("10"), "NOK", true, null)), "listing.error.stamp");
        assertThat(asStaff(centre, () -> listings.listingsOf(centre.organisationId()))).isEmpty();
    }

    @Test
    void shippingNeedsACentreThatTakesOnlinePayment() {
        Stamp stamp = setup.stampedPhone(centre);
        ListingDraft shipped = new ListingDraft(stamp.code().value(), centre.siteId(), "Fairphone 5", "",
                new BigDecimal("1999"), "NOK", true, new BigDecimal("99"));
        assertRefused(() -> listings.list(centre.organisationId(), shipped), "listing.error.shipping-needs-online");

        setup.connectToStripe(centre);
        UUID id = asStaff(centre, () -> listings.list(centre.organisationId(), shipped));
        assertThat(asStaff(centre, () -> listings.listing(id)).orElseThrow().shippingPrice().minorUnits()).isEqualTo(9_900);
    }

    @Test
    void nobodyListsAnotherCentresItemOrChangesItsListing() {
        Centre other = setup.certifiedCentre("Other Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        Stamp stamp = setup.stampedPhone(centre);
        // Staff of the other centre, naming their own organisation, cannot list this centre's stamp...
        assertThatThrownBy(() -> asStaff(other, () -> listings.list(other.organisationId(), draft(stamp, "100"))))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("listing.error.stamp"));
        // ...nor act for this centre at all.
        assertThatThrownBy(() -> asStaff(other, () -> listings.list(centre.organisationId(), draft(stamp, "100"))))
                .isInstanceOf(AccessDeniedException.class);
        Listing listing = setup.listedPhone(centre, "Fairphone 5", "2000", "NOK");
        assertThatThrownBy(() -> asStaff(other, () -> {
            listings.withdraw(other.organisationId(), listing.id());
            return null;
        })).isInstanceOf(UnknownRecordException.class);
        assertThat(TestSecurity.as("someone@test.reloop", () -> listings.listing(listing.id()), Role.CONSUMER.authority()))
                .get().extracting(Listing::status).isEqualTo(ListingStatus.ON_SALE);
    }

    @Test
    void revokingTheStampTakesTheListingOffTheMarketForGood() {
        Listing listing = setup.listedPhone(centre, "Fairphone 5", "2000", "NOK");
        TestSecurity.as("registry-certifier@test.reloop", () -> {
            stamps.revoke(new StampCode(listing.stampCode()), "Display was not original");
            return null;
        }, Role.CERTIFIER.authority());

        await().untilAsserted(() -> assertThat(asStaff(centre,
                () -> listings.listing(listing.id()).orElseThrow().status())).isEqualTo(ListingStatus.WITHDRAWN));
        assertThat(TestSecurity.as("someone@test.reloop", () -> listings.listing(listing.id()), Role.CONSUMER.authority()))
                .isEmpty();
        assertRefused(() -> listings.relist(centre.organisationId(), listing.id()), "listing.error.not-off-sale");
    }

    private ListingDraft draft(Stamp stamp, String price) {
        return new ListingDraft(stamp.code().value(), centre.siteId(), "Fairphone 5, 256 GB", "Like new.",
                new BigDecimal(price), "NOK", true, null);
    }

    static ListingDraft withTitle(ListingDraft draft, String title) {
        return new ListingDraft(draft.stampCode(), draft.siteId(), title, draft.description(), draft.price(),
                draft.currency(), draft.pickup(), draft.shippingPrice());
    }

    private void assertRefused(Runnable step, String messageKey) {
        assertThatThrownBy(() -> asStaff(centre, () -> {
            step.run();
            return null;
        })).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
