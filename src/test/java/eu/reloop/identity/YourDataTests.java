package eu.reloop.identity;

import static eu.reloop.market.MarketTestSetup.asBuyer;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.Checkout;
import eu.reloop.market.Listing;
import eu.reloop.market.MarketTestSetup;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.market.SellerOrders;
import eu.reloop.shared.RefusedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class YourDataTests {

    @Autowired
    YourData yourData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    MarketTestSetup market;

    @Autowired
    Checkout checkout;

    @Autowired
    SellerOrders sellerOrders;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    Centre centre;
    String buyer;
    String otherBuyer;
    UUID buyersOrder;
    UUID othersOrder;

    /** Two buyers of the same centre, each with a completed sale (so a warranty) and a mail. */
    @BeforeEach
    void twoBuyers() {
        centre = market.certifiedCentre("Your Data Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        buyer = market.consumer();
        otherBuyer = market.consumer();
        buyersOrder = sold(market.listedPhone(centre, "Fairphone 4", "1990", "NOK"), buyer);
        othersOrder = sold(market.listedPhone(centre, "Fairphone 5", "2490", "NOK"), otherBuyer);
        mail(buyer, "Your order");
        mail(otherBuyer, "Their order");
    }

    @Test
    void theExportHoldsThePersonsDataAndNothingOfOthers() {
        JsonNode export = json.readTree(TestSecurity.as(buyer, yourData::export, Role.CONSUMER.authority()));

        assertThat(export.get("account").get("email").asString()).isEqualTo(buyer);
        assertThat(export.get("account").get("roles").get(0).asString()).isEqualTo("CONSUMER");
        assertThat(export.get("market").get("orders")).singleElement()
                .satisfies(order -> assertThat(order.get("number").asString()).isEqualTo(orderNumber(buyersOrder)));
        assertThat(export.get("market").get("warranties")).hasSize(1);
        assertThat(export.get("mail").get("messages")).extracting(mail -> mail.get("recipient").asString()).containsOnly(buyer);
        assertThat(export.get("mail").get("messages")).extracting(mail -> mail.get("subject").asString()).contains("Your order");
        String text = export.toString();
        assertThat(text).doesNotContain(otherBuyer).doesNotContain(orderNumber(othersOrder)).doesNotContain("Their order");
    }

    @Test
    void deletingPseudonymisesTheAccountAndKeepsOrdersWithoutNameAndAddress() {
        UUID id = accounts.findByEmail(buyer).orElseThrow().id();
        int othersMail = mailCount(otherBuyer);
        String session = "session-" + UUID.randomUUID();
        sessions.registerNewSession(session, accounts.loadUserByUsername(buyer));

        assertThatThrownBy(() -> delete(buyer, otherBuyer)).isInstanceOfSatisfying(RefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo("email");
            assertThat(refused.messageKey()).isEqualTo("mydata.error.email-differs");
        });
        assertThat(accounts.findByEmail(buyer)).isPresent();

        delete(buyer, " " + buyer.toUpperCase() + " ");

        String pseudonym = "deleted-" + id + "@invalid";
        assertThat(accounts.findByEmail(buyer)).isEmpty();
        assertThatThrownBy(() -> accounts.loadUserByUsername(buyer)).isInstanceOf(UsernameNotFoundException.class);
        UserAccount deleted = accounts.findByEmail(pseudonym).orElseThrow();
        assertThat(deleted.displayName()).isEqualTo("Deleted user");
        assertThat(deleted.enabled()).isFalse();
        assertThat(deleted.roles()).isEmpty();
        assertThat(sessions.getSessionInformation(session).isExpired()).isTrue();
        Map<String, Object> order = jdbc.sql("select buyer_email, shipping_address, status from market_order where id = :id")
                .param("id", buyersOrder).query().singleRow();
        assertThat(order.get("buyer_email")).isEqualTo(pseudonym);
        assertThat(order.get("shipping_address")).isNull();
        assertThat(order.get("status")).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select buyer_email from warranty where order_id = :id").param("id", buyersOrder)
                .query(String.class).single()).isEqualTo(pseudonym);
        assertThat(mailCount(buyer)).isZero();
        assertThat(jdbc.sql("select count(*) from outbound_mail where recipient = :email and body <> ''")
                .param("email", pseudonym).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select action from account_audit where user_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("DELETED");
        assertThatThrownBy(() -> TestSecurity.as("operator@test.reloop", () -> {
            administration.enable(id);
            return null;
        }, Role.ADMIN.authority())).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("users.error.deleted"));
        assertThat(accounts.findByEmail(pseudonym).orElseThrow().enabled()).isFalse();
        // The other buyer keeps everything.
        assertThat(jdbc.sql("select buyer_email from market_order where id = :id").param("id", othersOrder)
                .query(String.class).single()).isEqualTo(otherBuyer);
        assertThat(mailCount(otherBuyer)).isEqualTo(othersMail).isPositive();
    }

    @Test
    void anOwnerOfAnOrganisationCannotDeleteTheirAccount() {
        String staff = centre.staffed().email();

        assertThatThrownBy(() -> delete(staff, staff)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("mydata.error.owner"));

        UserAccount unchanged = accounts.findByEmail(staff).orElseThrow();
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.displayName()).isNotEqualTo("Deleted user");
    }

    private void delete(String signedIn, String typed) {
        TestSecurity.as(signedIn, () -> {
            yourData.deleteAccount(typed);
            return null;
        }, Role.CONSUMER.authority());
    }

    private UUID sold(Listing listing, String to) {
        UUID order = asBuyer(to, () -> checkout.reserve(listing.id()));
        asBuyer(to, () -> {
            checkout.payAtPickup(order);
            return null;
        });
        asStaff(centre, () -> {
            sellerOrders.confirmHandOver(centre.organisationId(), order);
            return null;
        });
        return order;
    }

    private void mail(String to, String subject) {
        jdbc.sql("insert into outbound_mail (recipient, subject, body, status, created_at) values (:to, :subject, 'Hello', 'RECORDED', :now)")
                .param("to", to).param("subject", subject).param("now", Timestamp.from(Instant.now())).update();
    }

    private int mailCount(String recipient) {
        return jdbc.sql("select count(*) from outbound_mail where recipient = :email").param("email", recipient)
                .query(Integer.class).single();
    }

    private String orderNumber(UUID order) {
        return jdbc.sql("select number from market_order where id = :id").param("id", order).query(String.class).single();
    }
}
