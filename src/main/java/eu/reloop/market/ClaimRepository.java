package eu.reloop.market;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.shared.Photo;

@Repository
class ClaimRepository {

    private static final String SELECT = """
            select c.*, w.order_id, w.buyer_email, o.number, l.title,
                   (c.status = 'OPEN' and c.answer_due < :now) as overdue,
                   array(select p.id from warranty_claim_photo p where p.claim_id = c.id order by p.uploaded_at, p.id)
                       as photo_ids
            from warranty_claim c join warranty w on w.id = c.warranty_id join market_order o on o.id = w.order_id
                 join listing l on l.id = o.listing_id
            """;

    /** Per centre: items sold, claims and their answers; sorted by claim rate, centres without sales last. */
    private static final String CLAIM_RATES = """
            with sold as (
                select seller_organisation_id as organisation_id, count(*) as items_sold
                from market_order where sold_at is not null group by seller_organisation_id),
            claims as (
                select seller_organisation_id as organisation_id, count(*) as claims,
                       count(*) filter (where status = 'ANSWERED') as answered,
                       count(*) filter (where outcome = 'REJECT') as rejected,
                       count(*) filter (where status = 'OPEN' and answer_due < :now) as overdue,
                       extract(epoch from avg(answered_at - filed_at) filter (where status = 'ANSWERED')) as answer_seconds
                from warranty_claim group by seller_organisation_id)
            select coalesce(s.organisation_id, c.organisation_id) as organisation_id,
                   coalesce(s.items_sold, 0) as items_sold, coalesce(c.claims, 0) as claims,
                   coalesce(c.claims, 0)::float8 / nullif(s.items_sold, 0) as claim_rate,
                   c.rejected::float8 / nullif(c.answered, 0) as rejected_share,
                   coalesce(c.overdue, 0) as overdue, c.answer_seconds
            from sold s full join claims c on c.organisation_id = s.organisation_id
            """;

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(Warranty warranty, String description, Instant now, Instant answerDue) {
        return jdbc.sql("""
                        insert into warranty_claim (warranty_id, stamp_code, seller_organisation_id, description, status,
                                                    filed_at, answer_due)
                        values (:warranty, :stamp, :seller, :description, 'OPEN', :now, :due) returning id""")
                .param("warranty", warranty.id()).param("stamp", warranty.stampCode())
                .param("seller", warranty.sellerOrganisationId()).param("description", description)
                .param("now", Timestamp.from(now)).param("due", Timestamp.from(answerDue)).query(UUID.class).single();
    }

    Optional<WarrantyClaim> find(UUID claimId, Instant now) {
        return jdbc.sql(SELECT + "where c.id = :id").param("id", claimId).param("now", Timestamp.from(now))
                .query((rs, row) -> claim(rs)).optional();
    }

    Optional<WarrantyClaim> lock(UUID claimId, Instant now) {
        return jdbc.sql(SELECT + "where c.id = :id for update of c").param("id", claimId).param("now", Timestamp.from(now))
                .query((rs, row) -> claim(rs)).optional();
    }

    boolean openOfWarranty(UUID warrantyId) {
        return jdbc.sql("select exists (select 1 from warranty_claim where warranty_id = :warranty and status = 'OPEN')")
                .param("warranty", warrantyId).query(Boolean.class).single();
    }

    /** The buyer's claims, newest first. */
    List<WarrantyClaim> ofBuyer(String buyerEmail, Instant now) {
        return jdbc.sql(SELECT + "where w.buyer_email = :buyer order by c.filed_at desc")
                .param("buyer", buyerEmail).param("now", Timestamp.from(now)).query((rs, row) -> claim(rs)).list();
    }

    /** The centre's claims: open ones first, the earliest deadline first; then the latest answered. */
    List<WarrantyClaim> ofSeller(UUID organisationId, Instant now, int limit) {
        return jdbc.sql(SELECT + """
                        where c.seller_organisation_id = :seller
                        order by c.status = 'OPEN' desc,
                                 case when c.status = 'OPEN' then c.answer_due end,
                                 c.answered_at desc
                        limit :limit""")
                .param("seller", organisationId).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, row) -> claim(rs)).list();
    }

    /** Records the answer; false when the claim was answered already. */
    boolean answer(UUID claimId, ClaimOutcome outcome, String answer, Instant now) {
        return jdbc.sql("""
                        update warranty_claim set status = 'ANSWERED', outcome = :outcome, answer = :answer,
                               answered_at = :now
                        where id = :id and status = 'OPEN'""")
                .param("outcome", outcome.name()).param("answer", answer).param("now", Timestamp.from(now))
                .param("id", claimId).update() == 1;
    }

    UUID insertPhoto(UUID claimId, String contentType, byte[] content, Instant now) {
        return jdbc.sql("""
                        insert into warranty_claim_photo (claim_id, content_type, content, uploaded_at)
                        values (:claim, :type, :content, :now) returning id""")
                .param("claim", claimId).param("type", contentType).param("content", content)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    Optional<Photo> photo(UUID claimId, UUID photoId) {
        return jdbc.sql("select content_type, content from warranty_claim_photo where id = :id and claim_id = :claim")
                .param("id", photoId).param("claim", claimId)
                .query((rs, row) -> new Photo(rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** One page of the centres' claim rates, highest (or lowest) first; unnamed until the caller names them. */
    List<CentreClaimRate> claimRates(Instant now, boolean highestFirst, int offset, int limit) {
        String direction = highestFirst ? "desc" : "asc";
        return jdbc.sql(CLAIM_RATES + "order by claim_rate " + direction + " nulls last, claims " + direction
                        + ", organisation_id offset :offset limit :limit")
                .param("now", Timestamp.from(now)).param("offset", offset).param("limit", limit)
                .query((rs, row) -> claimRate(rs)).list();
    }

    int centresWithSalesOrClaims() {
        return jdbc.sql("""
                        select count(*) from (select seller_organisation_id from market_order where sold_at is not null
                                              union select seller_organisation_id from warranty_claim) centres""")
                .query(Integer.class).single();
    }

    private static CentreClaimRate claimRate(ResultSet rs) throws SQLException {
        double rate = rs.getDouble("claim_rate");
        Double claimRate = rs.wasNull() ? null : rate;
        double rejected = rs.getDouble("rejected_share");
        Double rejectedShare = rs.wasNull() ? null : rejected;
        double seconds = rs.getDouble("answer_seconds");
        Duration answerTime = rs.wasNull() ? null : Duration.ofSeconds(Math.round(seconds));
        return new CentreClaimRate(rs.getObject("organisation_id", UUID.class), "", rs.getLong("items_sold"),
                rs.getLong("claims"), claimRate, rejectedShare, rs.getLong("overdue"), answerTime);
    }

    private static WarrantyClaim claim(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        Array photos = rs.getArray("photo_ids");
        List<UUID> photoIds = Arrays.stream((Object[]) photos.getArray()).map(UUID.class::cast).toList();
        return new WarrantyClaim(rs.getObject("id", UUID.class), rs.getObject("warranty_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("number"), rs.getString("stamp_code"),
                rs.getString("title"), rs.getObject("seller_organisation_id", UUID.class), rs.getString("buyer_email"),
                rs.getString("description"), ClaimStatus.valueOf(rs.getString("status")),
                outcome == null ? null : ClaimOutcome.valueOf(outcome), rs.getString("answer"),
                rs.getTimestamp("filed_at").toInstant(), rs.getTimestamp("answer_due").toInstant(),
                OrderRepository.instant(rs, "answered_at"), rs.getBoolean("overdue"), photoIds);
    }
}
