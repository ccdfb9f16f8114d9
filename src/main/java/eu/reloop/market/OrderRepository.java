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

    /**
     * Online payment asked for: the checkout is being started, and the Stripe session it asks for can be paid
     * until {@code checkoutExpiresAt}. The item stays held as it was until the session is known.
     */
    void awaitPayment(UUID orderId, Fulfilment fulfilment, @Nullable String shippingAddress, Instant checkoutExpiresAt,
            Instant now) {
        jdbc.sql("""
                        update market_order set status = 'AWAITING_PAYMENT', fulfilment = :fulfilment,
                               shipping_address = :address, payment_method = 'ONLINE', checkout_started_at = :now,
                               checkout_expires_at = :expires, updated_at = :now
                        where id = :id""")
                .param("fulfilment", fulfilment.name()).param("address", shippingAddress)
                .param("expires", Timestamp.from(checkoutExpiresAt)).param("now", Timestamp.from(now))
                .param("id", orderId).update();
    }

    /** The session Stripe started for the order; a hold (while the order still holds the item) as long as it. */
    void attachCheckoutSession(UUID orderId, String sessionId, @Nullable Instant heldUntil, Instant now) {
        jdbc.sql("""
                        update market_order set checkout_session_id = :session, held_until = :held, updated_at = :now
                        where id = :id""")
                .param("session", sessionId).param("held", heldUntil == null ? null : Timestamp.from(heldUntil))
                .param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    /** Stripe turned the checkout down: the order is a reservation again, as before payment was asked for. */
    void revertToReservation(UUID orderId, Instant now) {
        jdbc.sql("""
                        update market_order set status = 'RESERVED', fulfilment = null, shipping_address = null,
                               payment_method = null, checkout_started_at = null, checkout_expires_at = null,
                               updated_at = :now
                        where id = :id""")
                .param("now", Timestamp.from(now)).param("id", orderId).update();
    }

    /** Nothing is left to learn of a checkout start of an order that has let go: none was made, or it has expired. */
    void forgetCheckoutStart(UUID orderId) {
        jdbc.sql("update market_order set checkout_started_at = null, checkout_expires_at = null where id = :id")
                .param("id", orderId).update();
    }

    /** Checkouts started before the instant whose Stripe session is still unknown, oldest first. */
    List<UUID> checkoutStartsUnsettled(Instant startedBefore, int limit) {
        return jdbc.sql("""
                        select id from market_order
                        where checkout_expires_at is not null and checkout_session_id is null
                          and checkout_started_at <= :before
                        order by checkout_started_at limit :limit""")
                .param("before", Timestamp.from(startedBefore)).param("limit", limit).query(UUID.class).list();
    }

    /**
     * Serialises the buyer's reservations until the transaction ends, so that two at once cannot both pass the
     * cap on open holds. An advisory lock: the buyer has no row of the market's to lock.
     */
    void lockBuyer(String buyerEmail) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('market-buyer:' || :buyer, 0))")
                .param("buyer", buyerEmail).query((rs, row) -> row).single();
    }

    /** How many items the buyer holds now: in checkout, being paid for, or waiting for pickup. */
    int openHoldsOf(String buyerEmail, Instant now) {
        return jdbc.sql("""
                        select count(*) from market_order
                        where buyer_email = :buyer and status in ('RESERVED', 'AWAITING_PAYMENT', 'AWAITING_PICKUP')
                          and held_until > :now""")
                .param("buyer", buyerEmail).param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    /** Reservations to pay at pickup that the buyer let lapse uncollected since the instant. */
    int lapsedPickupsOf(String buyerEmail, Instant since) {
        return jdbc.sql("""
                        select count(*) from market_order
                        where buyer_email = :buyer and status = 'EXPIRED' and payment_method = 'AT_PICKUP'
                          and updated_at >= :since""")
                .param("buyer", buyerEmail).param("since", Timestamp.from(since)).query(Integer.class).single();
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

    /** The late payment of an order that had let the item go, while its refund is not known to Stripe. */
    Optional<Order> lateRefundOwed(UUID orderId) {
        return jdbc.sql(SELECT + """
                        where o.id = :id and o.status = 'CANCELLED' and o.payment_intent_id is not null
                          and o.late_refund_id is null""")
                .param("id", orderId).query((rs, row) -> order(rs)).optional();
    }

    /** Late payments recorded within the interval whose refund Stripe has not confirmed starting, oldest first. */
    List<UUID> lateRefundsUnsettled(Instant after, Instant before, int limit) {
        return jdbc.sql("""
                        select id from market_order
                        where status = 'CANCELLED' and payment_intent_id is not null and late_refund_id is null
                          and updated_at > :after and updated_at <= :before
                        order by updated_at limit :limit""")
                .param("after", Timestamp.from(after)).param("before", Timestamp.from(before)).param("limit", limit)
                .query(UUID.class).list();
    }

    /** Records the refund of a late payment; false when one was recorded before. */
    boolean recordLateRefund(UUID orderId, String refundId) {
        return jdbc.sql("update market_order set late_refund_id = :refund where id = :id and late_refund_id is null")
                .param("refund", refundId).param("id", orderId).update() == 1;
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
                instant(rs, "held_until"), rs.getString("checkout_session_id"), instant(rs, "checkout_expires_at"),
                rs.getString("payment_intent_id"),
                rs.getString("cancel_reason"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), instant(rs, "sold_at"), instant(rs, "delivered_at"),
                rs.getObject("site_id", UUID.class), rs.getBoolean("pickup"), rs.getBoolean("shipping_offered"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
