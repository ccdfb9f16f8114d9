package eu.reloop.market;

import static eu.reloop.market.MarketTestSetup.asBuyer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.identity.EmailChange;
import eu.reloop.identity.MailedLinks;
import eu.reloop.identity.UserAccounts;
import eu.reloop.market.MarketTestSetup.Centre;

/**
 * A buyer who moves their account to a new address keeps their orders and warranties: they move along, when
 * the address does, and a warranty can still be claimed on.
 */
@IntegrationTest
class BuyerAddressChangeTests {

    @Autowired
    MarketTestSetup setup;

    @Autowired
    Checkout checkout;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SoldItems sold;

    @Autowired
    Warranties warranties;

    @Autowired
    WarrantyClaims claims;

    @Test
    void ordersFollowTheAccountToItsConfirmedNewAddress() {
        Listing listing = setup.listedPhone(setup.certifiedCentre("Moving Centre " + UUID.randomUUID(),
                DirectoryFixtures.remoteOrigin()), "Fairphone 3", "990", "NOK");
        String buyer = setup.consumer();
        String moved = "moved-" + UUID.randomUUID() + "@example.org";
        UUID order = asBuyer(buyer, () -> checkout.reserve(listing.id()));

        asBuyer(buyer, () -> {
            accounts.requestEmailChange(new EmailChange(moved, CertificationTestSetup.PASSWORD));
            return null;
        });
        assertThat(asBuyer(buyer, checkout::myOrders)).extracting(Order::id).as("until confirmed").containsExactly(order);

        accounts.confirmEmail(new MailedLinks(jdbc).lastToken(moved, "/account/confirm/"));

        assertThat(asBuyer(moved, checkout::myOrders)).extracting(Order::id).containsExactly(order);
        assertThat(asBuyer(buyer, checkout::myOrders)).isEmpty();
    }

    @Test
    void aWarrantyFollowsTheAccountAndTheBuyerCanStillClaimOnIt() {
        Centre centre = setup.certifiedCentre("Moving Warranty Centre " + UUID.randomUUID(),
                DirectoryFixtures.remoteOrigin());
        String buyer = setup.consumer();
        String moved = "moved-" + UUID.randomUUID() + "@example.org";
        Warranty warranty = sold.warrantyOf(buyer, sold.paidAtPickup(centre, buyer));

        moveAccount(buyer, moved);

        assertThat(asBuyer(moved, warranties::myWarranties)).extracting(Warranty::id).containsExactly(warranty.id());
        assertThat(asBuyer(buyer, warranties::myWarranties)).isEmpty();
        UUID claim = asBuyer(moved, () -> claims.fileClaim(warranty.id(), "The battery drains overnight."));
        assertThat(asBuyer(moved, claims::myClaims)).extracting(WarrantyClaim::id).containsExactly(claim);
        assertThat(MarketTestSetup.asStaff(centre, () -> claims.claimsOf(centre.organisationId())))
                .extracting(WarrantyClaim::id).containsExactly(claim);
    }

    private void moveAccount(String from, String to) {
        asBuyer(from, () -> {
            accounts.requestEmailChange(new EmailChange(to, CertificationTestSetup.PASSWORD));
            return null;
        });
        accounts.confirmEmail(new MailedLinks(jdbc).lastToken(to, "/account/confirm/"));
    }
}
