package eu.reloop.market;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.AccountEmailChanged;
import eu.reloop.identity.PersonalData;

/**
 * What the market keeps about a buyer, who is known by their e-mail address (the name they sign in with):
 * their orders (reservations included), warranties, claims and returns, for "Your data". When the account
 * moves to a new address, orders and warranties move along in the same transaction, or "My orders" would
 * come up empty; when it is deleted, they stay under its pseudonym.
 */
@Component
class BuyerData implements PersonalData {

    private static final List<Query> QUERIES = List.of(
            new Query("orders", """
                    select o.number, o.listing_id, l.title, o.stamp_code, o.currency, o.item_price, o.shipping_price,
                           o.fulfilment, o.shipping_address, o.payment_method, o.status, o.held_until, o.cancel_reason,
                           o.created_at, o.updated_at, o.sold_at, o.delivered_at
                    from market_order o join listing l on l.id = o.listing_id
                    where o.buyer_email = :email order by o.created_at"""),
            new Query("warranties", """
                    select o.number as order_number, w.stamp_code, w.starts_on, w.ends_on, w.ended_at
                    from warranty w join market_order o on o.id = w.order_id
                    where w.buyer_email = :email order by w.starts_on"""),
            new Query("claims", """
                    select o.number as order_number, c.stamp_code, c.description, c.status, c.outcome, c.answer,
                           c.filed_at, c.answer_due, c.answered_at
                    from warranty_claim c join warranty w on w.id = c.warranty_id join market_order o on o.id = w.order_id
                    where w.buyer_email = :email order by c.filed_at"""),
            new Query("returns", """
                    select o.number as order_number, r.reason, r.status, r.answer, r.requested_at, r.answered_at,
                           r.refunded_at
                    from order_return r join market_order o on o.id = r.order_id
                    where o.buyer_email = :email order by r.requested_at"""));

    private final JdbcClient jdbc;

    BuyerData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "market";
    }

    @Override
    public List<Query> queries() {
        return QUERIES;
    }

    @EventListener
    void on(AccountEmailChanged change) {
        moveBuyer(change.previousEmail(), change.email());
    }

    /**
     * Orders and warranties stay, for the seller's books and the warranty, under the account's pseudonym:
     * the shipping address goes, and with the address the last thing that named the buyer.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        jdbc.sql("update market_order set shipping_address = null where buyer_email = :email")
                .param("email", deleted.formerEmail()).update();
        moveBuyer(deleted.formerEmail(), deleted.pseudonym());
    }

    /** Puts the buyer's orders and warranties under another name. */
    private void moveBuyer(String from, String to) {
        jdbc.sql("update market_order set buyer_email = :to where buyer_email = :from")
                .param("to", to).param("from", from).update();
        jdbc.sql("update warranty set buyer_email = :to where buyer_email = :from")
                .param("to", to).param("from", from).update();
    }
}
