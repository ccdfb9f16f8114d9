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
class ReturnRepository {

    private static final String SELECT = """
            select r.*, o.number, o.seller_organisation_id, o.buyer_email, o.payment_method, o.currency,
                   o.item_price + case when o.fulfilment = 'SHIPPING' then o.shipping_price else 0 end as amount, l.title
            from order_return r join market_order o on o.id = r.order_id join listing l on l.id = o.listing_id
            """;

    private final JdbcClient jdbc;

    ReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertRequest(UUID orderId, String reason, Instant now) {
        return jdbc.sql("""
                        insert into order_return (order_id, reason, status, requested_at)
                        values (:order, :reason, 'REQUESTED', :now) returning id""")
                .param("order", orderId).param("reason", reason).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    /** The refund a warranty claim was answered with: approved by that answer. */
    UUID insertApprovedForClaim(UUID orderId, UUID claimId, String reason, String answer, Instant now) {
        return jdbc.sql("""
                        insert into order_return (order_id, claim_id, reason, status, answer, requested_at, answered_at)
                        values (:order, :claim, :reason, 'APPROVED', :answer, :now, :now) returning id""")
                .param("order", orderId).param("claim", claimId).param("reason", reason).param("answer", answer)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    Optional<OrderReturn> find(UUID returnId) {
        return jdbc.sql(SELECT + "where r.id = :id").param("id", returnId).query((rs, row) -> orderReturn(rs)).optional();
    }

    /** Reads the return and locks it; lock its order first, as every step on an order does. */
    Optional<OrderReturn> lock(UUID returnId) {
        return jdbc.sql(SELECT + "where r.id = :id for update of r").param("id", returnId)
                .query((rs, row) -> orderReturn(rs)).optional();
    }

    /** The order's returns, newest first. */
    List<OrderReturn> ofOrder(UUID orderId) {
        return jdbc.sql(SELECT + "where r.order_id = :order order by r.requested_at desc").param("order", orderId)
                .query((rs, row) -> orderReturn(rs)).list();
    }

    /** The centre's returns: open ones first, then newest first. */
    List<OrderReturn> ofSeller(UUID organisationId, int limit) {
        return jdbc.sql(SELECT + """
                        where o.seller_organisation_id = :seller
                        order by r.status in ('REQUESTED', 'APPROVED', 'REFUND_FAILED') desc, r.requested_at desc limit :limit""")
                .param("seller", organisationId).param("limit", limit).query((rs, row) -> orderReturn(rs)).list();
    }

    /** Answers a request; false when it was answered already. */
    boolean answer(UUID returnId, ReturnStatus status, @Nullable String answer, Instant now) {
        return jdbc.sql("""
                        update order_return set status = :status, answer = :answer, answered_at = :now
                        where id = :id and status = 'REQUESTED'""")
                .param("status", status.name()).param("answer", answer).param("now", Timestamp.from(now))
                .param("id", returnId).update() == 1;
    }

    /** Records the refund Stripe started; false when one was recorded before. */
    boolean attachRefund(UUID returnId, String refundId) {
        return jdbc.sql("update order_return set refund_id = :refund where id = :id and refund_id is null")
                .param("refund", refundId).param("id", returnId).update() == 1;
    }

    /** The return if it is an approved one of an order paid online whose refund Stripe has not confirmed starting. */
    Optional<OrderReturn> refundStarting(UUID returnId) {
        return jdbc.sql(SELECT + """
                        where r.id = :id and r.status = 'APPROVED' and r.refund_id is null
                          and o.payment_method = 'ONLINE'""")
                .param("id", returnId).query((rs, row) -> orderReturn(rs)).optional();
    }

    /** Refunds being started that were approved within the interval, oldest first. */
    List<UUID> refundStartsUnsettled(Instant after, Instant before, int limit) {
        return jdbc.sql("""
                        select r.id from order_return r join market_order o on o.id = r.order_id
                        where r.status = 'APPROVED' and r.refund_id is null and o.payment_method = 'ONLINE'
                          and r.answered_at > :after and r.answered_at <= :before
                        order by r.answered_at limit :limit""")
                .param("after", Timestamp.from(after)).param("before", Timestamp.from(before)).param("limit", limit)
                .query(UUID.class).list();
    }

    /** The return if its refund failed after taking the amount from the seller, who has not been given it back. */
    Optional<OrderReturn> transferOwed(UUID returnId) {
        return jdbc.sql(SELECT + """
                        where r.id = :id and r.refund_failed_at is not null and r.refund_id is not null
                          and r.failed_refund_transfer_id is null""")
                .param("id", returnId).query((rs, row) -> orderReturn(rs)).optional();
    }

    /** Failed refunds taken in within the interval whose amount the seller has not been given back, oldest first. */
    List<UUID> transfersUnsettled(Instant after, Instant before, int limit) {
        return jdbc.sql("""
                        select id from order_return
                        where refund_failed_at is not null and refund_id is not null and failed_refund_transfer_id is null
                          and refund_failed_at > :after and refund_failed_at <= :before
                        order by refund_failed_at limit :limit""")
                .param("after", Timestamp.from(after)).param("before", Timestamp.from(before)).param("limit", limit)
                .query(UUID.class).list();
    }

    void recordFailedRefundTransfer(UUID returnId, String transferId) {
        jdbc.sql("""
                        update order_return set failed_refund_transfer_id = :transfer
                        where id = :id and failed_refund_transfer_id is null""")
                .param("transfer", transferId).param("id", returnId).update();
    }

    void markRefunded(UUID returnId, Instant now) {
        jdbc.sql("update order_return set status = 'REFUNDED', refunded_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", returnId).update();
    }

    /** Takes in that the refund failed; false when that was taken in before (the failure is reported repeatedly). */
    boolean markRefundFailed(UUID returnId, Instant now) {
        return jdbc.sql("""
                        update order_return set status = 'REFUND_FAILED', refunded_at = null, refund_failed_at = :now
                        where id = :id and refund_failed_at is null""")
                .param("now", Timestamp.from(now)).param("id", returnId).update() == 1;
    }

    private static OrderReturn orderReturn(ResultSet rs) throws SQLException {
        return new OrderReturn(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("number"), rs.getString("title"), rs.getObject("seller_organisation_id", UUID.class),
                rs.getString("buyer_email"), PaymentMethod.valueOf(rs.getString("payment_method")),
                Money.of(rs.getBigDecimal("amount").toPlainString(), rs.getString("currency")), rs.getString("reason"),
                ReturnStatus.valueOf(rs.getString("status")), rs.getString("answer"), rs.getString("refund_id"),
                rs.getObject("claim_id", UUID.class), rs.getTimestamp("requested_at").toInstant(),
                OrderRepository.instant(rs, "answered_at"), OrderRepository.instant(rs, "refunded_at"));
    }
}
