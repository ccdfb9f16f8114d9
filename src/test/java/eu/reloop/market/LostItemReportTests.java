package eu.reloop.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.shared.RefusedException;
import eu.reloop.stamp.LostItems;
import eu.reloop.stamp.Stamp;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.Stamps;

/** The buyer on record reports their item lost or stolen; nobody else can, and the item cannot be listed again. */
@eu.reloop.IntegrationTest
class LostItemReportTests {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    SoldItems sold;

    @Autowired
    LostItems lostItems;

    @Autowired
    Stamps stamps;

    @Autowired
    Listings listings;

    @Test
    void onlyTheBuyerOnRecordReportsTheirItemAndAReportedItemCannotBeListed() {
        MarketTestSetup.Centre centre = setup.certifiedCentre("Lost Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        String buyer = setup.consumer();
        StampCode code = new StampCode(sold.paidAtPickup(centre, buyer).stampCode());

        assertThatThrownBy(() -> SoldItems.asBuyer(setup.consumer(), () -> {
            lostItems.reportOwnItem(code, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        SoldItems.asBuyer(buyer, () -> {
            lostItems.reportOwnItem(code, "POL-77");
            return null;
        });

        assertThat(SoldItems.asBuyer(buyer, () -> lostItems.reportOn(code))).isPresent();
        assertThat(stamps.inForce(code)).isFalse();

        Stamp unsold = setup.stampedPhone(centre);
        eu.reloop.TestSecurity.asAdmin(() -> {
            lostItems.reportOnPoliceReport(unsold.report().item().brand(), unsold.report().item().serialNumber(), "POL-78");
            return null;
        });
        assertThatThrownBy(() -> MarketTestSetup.asStaff(centre, () -> listings.list(centre.organisationId(),
                new ListingDraft(unsold.code().value(), centre.siteId(), "Fairphone", "Refurbished.", new BigDecimal("990"),
                        "NOK", true, null)))).isInstanceOfSatisfying(RefusedException.class, refused ->
                assertThat(refused.reasons().getFirst().messageKey()).isEqualTo("listing.error.stamp-revoked"));
    }
}
