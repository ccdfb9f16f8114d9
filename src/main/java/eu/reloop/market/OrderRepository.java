package eu.reloop.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.shared.Money;

@Repository
class OrderRepository {

    private static final String SELECT = """
            select o.*, l.title, l.site_id, l.pickup, l.shipping_price is not null as shipping_offered
            from market_order o join listing l on l.id = o.listing_id
            """;

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertReservation(Listing listing, String buyerEmail, Instant heldUntil, Instant now) {
        long sequence = jdbc.sql("select nextval('market_order_number')").query(Long.class).single();
        return jdbc.sql("""
                        insert into market_order (number, listing_id, stamp_code, seller_organisation_id, buyer_email,
                                                  currency, item_price, shipping_price, status, held_until, created_at,
                                                  updated_at)
                        values (:number, :listing, :stamp, :seller, :buyer, :currency, :price, :shipping, 'RESERVED',
                                :held, :now, :now)
                        returning id""")
                .param("number", "RLO-%06d".formatted(sequence)).param("listing", listing.id())
                .param("stamp", listing.stampCode()).param("seller", listing.organisationId()).param("buyer", buyerEmail)
                .param("currency", listing.price().currency().getCurrencyCode()).param("price", listing.price().amount())
                .param("shipping", listing.shippingPrice() == null ? 0 : listing.shippingPrice().amount())
                .param("held", Timestamp.from(heldUntil)).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    Optional<Order> find(UUID orderId) {
        return jdbc.sql(SELECT + "where o.id = :id").param("id", orderId).query((rs, row) -> order(rs)).optional();
    }

    /** Reads the order and locks it until the transaction ends: a webhook and a sweep never cross. */
    Optional<Order> lock(UUID orderId) {
        return jdbc.sql(SELECT + "where o.id = :id for update of o").param("id", orderId)
                .query((rs, row) -> order(rs)).optional();
    }

    /** The order that holds or has bought the listing, if any. */
    Optional<Order> liveOfListing(UUID listingId) {
        return jdbc.sql(SELECT + """
                        where o.listing_id = :listing
                          and o.status in ('RESERVED', 'AWAITING_PAYMENT', 'AWAITING_PICKUP', 'PAID', 'COMPLETED')""")
                .param("listing", listingId).query((rs, row) -> order(rs)).optional();
    }

    List<Order> ofBuyer(String buyerEmail) {
        return jdbc.sql(SELECT + "where o.buyer_email = :buyer order by o.created_at desc")
                .param("buyer", buyerEmail).query((rs, row) -> order(rs)).list();
    }

    List<Order> ofSeller(UUID organisationId, int offset, int limit) {
        return jdbc.sql(SELECT + """
                        where o.seller_organisation_id = :seller and o.status <> 'RESERVED'
                        order by o.created_at desc offset :offset limit :limit""")
                .param("seller", organisationId).param("offset", offset).param("limit", limit)
                .query((rs, row) -> order(rs)).list();
    }

    int countOfSeller(UUID organisationId) {
        return jdbc.sql("select count(*) from market_order where seller_organisation_id = :seller and status <> 'RESERVED'")
                .param("seller", organisationId).query(Integer.class).single();
    }

    /** Orders whose hold has run out, oldest first. */
    List<UUID> lapsedHolds(Instant now, int limit) {
        return jdbc.sql("""
                        select id from market_order
                        where status in ('RESERVED', 'AWAITING_PAYMENT', 'AWAITING_PICKUP') and held_until <= :now
                        order by held_until limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    void holdForPickup(UUID orderId, Instant heldUntil, Instant now) {
        jdbc.sql("""
                        update market_order set status = 'AWAITING_PICKUP', fulfilment = 'PICKUP',
                               payment_method = 'AT_PICKUP', held_until = :held, updated_at = :now
                        where id = :id""")
                .param("held", Timestamp.from(heldUntil)).param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    void awaitPayment(UUID orderId, Fulfilment fulfilment, @Nullable String shippingAddress, Instant now) {
        jdbc.sql("""
                        update market_order set status = 'AWAITING_PAYMENT', fulfilment = :fulfilment,
                               shipping_address = :address, payment_method = 'ONLINE', updated_at = :now
                        where id = :id""")
                .param("fulfilment", fulfilment.name()).param("address", shippingAddress)
                .param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    void attachCheckoutSession(UUID orderId, String sessionId, Instant heldUntil, Instant now) {
        jdbc.sql("""
                        update market_order set checkout_session_id = :session, held_until = :held, updated_at = :now
                        where id = :id""")
                .param("session", sessionId).param("held", Timestamp.from(heldUntil)).param("now", Timestamp.from(now))
                .param("id", orderId).update();
    }

    Optional<Order> lockByPaymentIntent(String paymentIntentId) {
        return jdbc.sql(SELECT + "where o.payment_intent_id = :intent for update of o").param("intent", paymentIntentId)
                .query((rs, row) -> order(rs)).optional();
    }

    void markPaid(UUID orderId, @Nullable String paymentIntentId, Instant now) {
        jdbc.sql("""
                        update market_order set status = 'PAID', payment_intent_id = :intent, held_until = null,
                               sold_at = :now, updated_at = :now
                        where id = :id""")
                .param("intent", paymentIntentId).param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    /** A payment for an order that had let go of the item, which went to someone else: kept, to be refunded. */
    void recordLatePayment(UUID orderId, @Nullable String paymentIntentId, String reason, Instant now) {
        jdbc.sql("""
                        update market_order set status = 'CANCELLED', payment_intent_id = :intent, cancel_reason = :reason,
                               held_until = null, updated_at = :now
                        where id = :id""")
                .param("intent", paymentIntentId).param("reason", reason).param("now", Timestamp.from(now))
                .param("id", orderId).update();
    }

    /** Paid and with the buyer; an order paid at pickup is sold at this moment too. */
    void complete(UUID orderId, Instant now) {
        jdbc.sql("""
                        update market_order set status = 'COMPLETED', held_until = null,
                               sold_at = coalesce(sold_at, :now), delivered_at = :now, updated_at = :now
                        where id = :id""")
                .param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    void close(UUID orderId, OrderStatus status, @Nullable String reason, Instant now) {
        jdbc.sql("""
                        update market_order set status = :status, cancel_reason = :reason, held_until = null,
                               updated_at = :now
                        where id = :id""")
                .param("status", status.name()).param("reason", reason).param("now", Timestamp.from(now))
                .param("id", orderId).update();
    }

    /** The buyer got their money back: the sale is undone, and the item may be sold again. */
    void markReturned(UUID orderId, Instant now) {
        jdbc.sql("update market_order set status = 'RETURNED', updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    private static Order order(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        String fulfilment = rs.getString("fulfilment");
        String payment = rs.getString("payment_method");
        return new Order(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("listing_id", UUID.class),
                rs.getString("stamp_code"), rs.getObject("seller_organisation_id", UUID.class),
                rs.getString("buyer_email"), rs.getString("title"),
                Money.of(rs.getBigDecimal("item_price").toPlainString(), currency),
                Money.of(rs.getBigDecimal("shipping_price").toPlainString(), currency),
                fulfilment == null ? null : Fulfilment.valueOf(fulfilment), rs.getString("shipping_address"),
                payment == null ? null : PaymentMethod.valueOf(payment), OrderStatus.valueOf(rs.getString("status")),
                instant(rs, "held_until"), rs.getString("checkout_session_id"), rs.getString("payment_intent_id"),
                rs.getString("cancel_reason"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), instant(rs, "sold_at"), instant(rs, "delivered_at"),
                rs.getObject("site_id", UUID.class), rs.getBoolean("pickup"), rs.getBoolean("shipping_offered"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
