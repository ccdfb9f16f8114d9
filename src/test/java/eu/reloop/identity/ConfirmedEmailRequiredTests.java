package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.certification.CertificateKind;
import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.CertificationTestSetup;
import eu.reloop.certification.CertificationTestSetup.Staffed;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;

/** A new account may look around at once, but reserves and applies only once it has confirmed its address. */
@IntegrationTest
class ConfirmedEmailRequiredTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Checkout checkout;

    @Autowired
    CertificationApplications applications;

    @Autowired
    MarketTestSetup market;

    @Autowired
    CertificationTestSetup certification;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnconfirmedBuyerCannotReserveUntilConfirmed() {
        Listing listing = market.listedPhone(market.certifiedCentre("Confirm Centre " + UUID.randomUUID(),
                DirectoryFixtures.remoteOrigin()), "Fairphone 4", "1990", "NOK");
        String buyer = signedUp("buyer");

        assertRefusedUntilConfirmed(() -> MarketTestSetup.asBuyer(buyer, () -> checkout.reserve(listing.id())));
        assertThat(ordersOf(buyer)).isZero();

        confirm(buyer);
        MarketTestSetup.asBuyer(buyer, () -> checkout.reserve(listing.id()));
        assertThat(ordersOf(buyer)).isOne();
    }

    @Test
    void unconfirmedStaffCannotApplyForCertificationUntilConfirmed() {
        Staffed organisation = certification.organisationWithStaff("Confirm Repair " + UUID.randomUUID(),
                DirectoryFixtures.remoteOrigin());
        String staff = signedUp("staff");
        certification.addStaff(staff, organisation.organisationId());
        Staffed unconfirmed = new Staffed(organisation.organisationId(), staff);

        assertRefusedUntilConfirmed(() -> CertificationTestSetup.asStaff(unconfirmed,
                () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER)));
        assertThat(CertificationTestSetup.asStaff(organisation,
                () -> applications.applicationsOf(organisation.organisationId()))).isEmpty();

        confirm(staff);
        CertificationTestSetup.asStaff(unconfirmed,
                () -> applications.start(organisation.organisationId(), CertificateKind.REPAIRER));
        assertThat(CertificationTestSetup.asStaff(organisation,
                () -> applications.applicationsOf(organisation.organisationId()))).hasSize(1);
    }

    private String signedUp(String prefix) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest("Newcomer", email, "plenty long passphrase"), Translations.ENGLISH);
        return email;
    }

    private void confirm(String email) {
        accounts.confirmEmail(new MailedLinks(jdbc).lastToken(email, "/account/confirm/"));
    }

    private int ordersOf(String buyer) {
        return jdbc.sql("select count(*) from market_order where buyer_email = :buyer").param("buyer", buyer)
                .query(Integer.class).single();
    }

    private static void assertRefusedUntilConfirmed(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("account.error.confirm-email-first"));
    }
}
