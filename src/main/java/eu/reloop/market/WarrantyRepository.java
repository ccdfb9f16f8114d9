package eu.reloop.market;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WarrantyRepository {

    private static final String SELECT = """
            select w.*, o.number, o.seller_organisation_id, l.site_id, l.title
            from warranty w join market_order o on o.id = w.order_id join listing l on l.id = o.listing_id
            """;

    private final JdbcClient jdbc;

    WarrantyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Order order, LocalDate startsOn, LocalDate endsOn, ZoneId timeZone) {
        jdbc.sql("""
                        insert into warranty (order_id, stamp_code, buyer_email, starts_on, ends_on, time_zone)
                        values (:order, :stamp, :buyer, :starts, :ends, :zone)""")
                .param("order", order.id()).param("stamp", order.stampCode()).param("buyer", order.buyerEmail())
                .param("starts", Date.valueOf(startsOn)).param("ends", Date.valueOf(endsOn))
                .param("zone", timeZone.getId()).update();
    }

    Optional<Warranty> find(UUID warrantyId) {
        return jdbc.sql(SELECT + "where w.id = :id").param("id", warrantyId).query((rs, row) -> warranty(rs)).optional();
    }

    Optional<Warranty> ofOrder(UUID orderId) {
        return jdbc.sql(SELECT + "where w.order_id = :order").param("order", orderId)
                .query((rs, row) -> warranty(rs)).optional();
    }

    List<Warranty> ofBuyer(String buyerEmail) {
        return jdbc.sql(SELECT + "where w.buyer_email = :buyer order by w.starts_on desc, o.number desc")
                .param("buyer", buyerEmail).query((rs, row) -> warranty(rs)).list();
    }

    /** The item's warranties, one per sale of it, the latest first. */
    List<Warranty> ofStamp(String stampCode) {
        return jdbc.sql(SELECT + "where w.stamp_code = :code order by w.starts_on desc, o.number desc")
                .param("code", stampCode).query((rs, row) -> warranty(rs)).list();
    }

    /** Whether the buyer holds the item's warranty, not ended by a return. */
    boolean heldBy(String buyerEmail, String stampCode) {
        return jdbc.sql("""
                        select exists (select 1 from warranty where buyer_email = :buyer and stamp_code = :code
                                                                 and ended_at is null)""")
                .param("buyer", buyerEmail).param("code", stampCode).query(Boolean.class).single();
    }

    void end(UUID warrantyId, Instant now) {
        jdbc.sql("update warranty set ended_at = :now where id = :id and ended_at is null")
                .param("now", Timestamp.from(now)).param("id", warrantyId).update();
    }

    private static Warranty warranty(ResultSet rs) throws SQLException {
        return new Warranty(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getString("number"),
                rs.getString("stamp_code"), rs.getString("title"), rs.getObject("seller_organisation_id", UUID.class),
                rs.getObject("site_id", UUID.class), rs.getString("buyer_email"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                ZoneId.of(rs.getString("time_zone")), OrderRepository.instant(rs, "ended_at"));
    }
}
