package eu.reloop.market;

import static eu.reloop.Refusals.assertRefusedOn;
import static eu.reloop.market.MarketTestSetup.asBuyer;
import static eu.reloop.market.MarketTestSetup.asStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;
import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.market.MarketTestSetup.Centre;
import eu.reloop.shared.TextLimits;
import eu.reloop.stamp.Stamp;

/**
 * Every write of the market refuses, before it writes anything, a NUL or other control character pasted
 * into a text (PostgreSQL would refuse the NUL outright), a text longer than its kind allows, and an amount
 * out of range however it is written; the refusal names the field to fix.
 */
@IntegrationTest
class WriteRulesTests {

    private static final String NUL = "\u0000";
    /** Ten to the millionth: a short text, a number of a million digits once anything computes with it. */
    private static final BigDecimal HUGE = new BigDecimal("1E+1000000");

    @Autowired
    MarketTestSetup setup;

    @Autowired
    SoldItems sold;

    @Autowired
    Listings listings;

    @Autowired
    Checkout checkout;

    @Autowired
    Returns returns;

    @Autowired
    WarrantyClaims claims;

    @Autowired
    SellerOrders sellerOrders;

    @Autowired
    JdbcClient jdbc;

    Centre centre;
    String buyer;

    @BeforeEach
    void aCentreAndABuyer() {
        centre = setup.certifiedCentre("Write Rules Centre " + UUID.randomUUID(), DirectoryFixtures.remoteOrigin());
        buyer = setup.consumer();
    }

    @Test
    void aNewListingWithABadTextOrAmountIsRefusedOnThatFieldAndNotSaved() {
        Stamp stamp = setup.stampedPhone(centre);
        String code = stamp.code().value();
        for (Bad bad : badDrafts(code)) {
            assertRefusedOn(bad.field(),
                    () -> asStaff(centre, () -> listings.list(centre.organisationId(), bad.draft())));
        }
        assertThat(asStaff(centre, () -> listings.listingsOf(centre.organisationId()))).isEmpty();
    }

    @Test
    void aChangedListingWithABadTextOrAmountIsRefusedOnThatFieldAndLeftAsItWas() {
        Listing listed = setup.listedPhone(centre, "Fairphone 4", "1990", "NOK");
        for (Bad bad : badDrafts(listed.stampCode())) {
            assertRefusedOn(bad.field(), () -> asStaff(centre, () -> {
                listings.update(centre.organisationId(), listed.id(), bad.draft());
                return null;
            }));
        }
        assertThat(asStaff(centre, () -> listings.listing(listed.id())).orElseThrow()).isEqualTo(listed);
    }

    @Test
    void aShippingAddressWithANulOrTooLongIsRefusedAndTheReservationStaysAsItWas() {
        setup.connectToStripe(centre);
        Listing shipped = setup.listedPhone(centre, "Fairphone 5", "2490", "NOK", new BigDecimal("99"));
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(shipped.id()));
        Order reserved = asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow();

        assertRefusedOn("shippingAddress",
                () -> asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.SHIPPING, "Storgata 1" + NUL)));
        assertRefusedOn("shippingAddress", () -> asBuyer(buyer, () -> checkout.payOnline(orderId, Fulfilment.SHIPPING,
                "x".repeat(TextLimits.ADDRESS + 1))));
        assertThat(asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow()).isEqualTo(reserved);
    }

    @Test
    void aReturnReasonAndTheSellersRefusalWithANulOrTooLongAreRefusedAndNothingIsRecorded() {
        Order order = sold.paidAtPickup(centre, buyer);
        assertRefusedOn("reason",
                () -> asBuyer(buyer, () -> returns.requestReturn(order.id(), "It" + NUL + " overheats")));
        // Six thousand characters were once taken here, while a claim stopped at four thousand.
        assertRefusedOn("reason", () -> asBuyer(buyer, () -> returns.requestReturn(order.id(), "x".repeat(6000))));
        assertRefusedOn("reason",
                () -> asBuyer(buyer, () -> returns.requestReturn(order.id(), "x".repeat(TextLimits.REASON + 1))));
        assertThat(asBuyer(buyer, () -> returns.returnOf(order.id()))).isEmpty();
        assertThat(rows("order_return", "order_id", order.id())).isZero();

        UUID returnId = asBuyer(buyer, () -> returns.requestReturn(order.id(), "It overheats"));
        for (String answer : new String[] {"Tested" + NUL + " fine", "x".repeat(TextLimits.REASON + 1)}) {
            assertRefusedOn("answer", () -> asStaff(centre, () -> {
                returns.refuseReturn(centre.organisationId(), returnId, answer);
                return null;
            }));
        }
        OrderReturn open = asBuyer(buyer, () -> returns.returnOf(order.id())).orElseThrow();
        assertThat(open.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(open.answer()).isNull();
    }

    @Test
    void aClaimAndItsAnswerWithANulOrTooLongAreRefusedAndNothingIsRecorded() {
        Order order = sold.paidAtPickup(centre, buyer);
        Warranty warranty = sold.warrantyOf(buyer, order);
        assertRefusedOn("description",
                () -> asBuyer(buyer, () -> claims.fileClaim(warranty.id(), "It restarts" + NUL)));
        assertRefusedOn("description",
                () -> asBuyer(buyer, () -> claims.fileClaim(warranty.id(), "x".repeat(TextLimits.REASON + 1))));
        assertThat(asBuyer(buyer, () -> claims.myClaims())).isEmpty();
        assertThat(rows("warranty_claim", "warranty_id", warranty.id())).isZero();

        UUID claimId = asBuyer(buyer, () -> claims.fileClaim(warranty.id(), "It restarts when the camera opens."));
        for (String answer : new String[] {"Bring it" + NUL + " on Monday", "x".repeat(TextLimits.REASON + 1)}) {
            assertRefusedOn("answer", () -> asStaff(centre, () -> {
                claims.answerClaim(centre.organisationId(), claimId, ClaimOutcome.REPAIR, answer);
                return null;
            }));
        }
        assertRefusedOn("outcome", () -> asStaff(centre, () -> {
            claims.answerClaim(centre.organisationId(), claimId, null, "Bring it on Monday");
            return null;
        }));
        WarrantyClaim open = asBuyer(buyer, () -> claims.myClaims()).getFirst();
        assertThat(open.status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(open.answer()).isNull();
    }

    @Test
    void aCancelledPickupsReasonWithANulOrTooLongIsRefusedAndTheOrderStaysAsItWas() {
        Listing listing = setup.listedPhone(centre, "Fairphone 4", "1990", "NOK");
        UUID orderId = asBuyer(buyer, () -> checkout.reserve(listing.id()));
        asBuyer(buyer, () -> {
            checkout.payAtPickup(orderId);
            return null;
        });
        Order waiting = asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow();
        for (String reason : new String[] {"Not" + NUL + " collected", "x".repeat(TextLimits.REASON + 1)}) {
            assertRefusedOn("reason", () -> asStaff(centre, () -> {
                sellerOrders.cancelPickup(centre.organisationId(), orderId, reason);
                return null;
            }));
        }
        assertThat(asBuyer(buyer, () -> checkout.order(orderId)).orElseThrow()).isEqualTo(waiting);
    }

    /** Drafts of the stamped item that are fine but for one field, each with the field it breaks. */
    private Bad[] badDrafts(String code) {
        return new Bad[] {
            new Bad("title", draft(code, "Fair" + NUL + "phone", "Like new.", "1499", null)),
            new Bad("title", draft(code, "x".repeat(TextLimits.NAME + 1), "Like new.", "1499", null)),
            new Bad("title", draft(code, "ab", "Like new.", "1499", null)),
            new Bad("description", draft(code, "Fairphone 5", "Like" + NUL + " new.", "1499", null)),
            new Bad("description", draft(code, "Fairphone 5", "x".repeat(TextLimits.NOTE + 1), "1499", null)),
            new Bad("stampCode", draft(code + NUL, "Fairphone 5", "Like new.", "1499", null)),
            new Bad("price", new ListingDraft(code, centre.siteId(), "Fairphone 5", "", HUGE, "NOK", true, null)),
            new Bad("price", draft(code, "Fairphone 5", "", "-5", null)),
            new Bad("price", draft(code, "Fairphone 5", "", "1000000.01", null)),
            new Bad("price", draft(code, "Fairphone 5", "", "10.001", null)),
            new Bad("shippingPrice", new ListingDraft(code, centre.siteId(), "Fairphone 5", "", BigDecimal.TEN, "NOK",
                    true, HUGE)),
            new Bad("shippingPrice", draft(code, "Fairphone 5", "", "1499", "-1")),
        };
    }

    private ListingDraft draft(String code, String title, String description, String price, @Nullable String shipping) {
        return new ListingDraft(code, centre.siteId(), title, description, new BigDecimal(price), "NOK", true,
                shipping == null ? null : new BigDecimal(shipping));
    }

    private int rows(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id").param("id", id)
                .query(Integer.class).single();
    }

    private record Bad(String field, ListingDraft draft) {
    }
}
