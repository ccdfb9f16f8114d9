package eu.reloop.repair;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.directory.HandOver;
import eu.reloop.geo.GeoPoint;
import eu.reloop.shared.Money;
import eu.reloop.shared.Photo;

@Repository
class RepairRepository {

    private static final String SELECT_REQUEST = """
            select r.*, array(select p.id from repair_request_photo p where p.request_id = r.id
                              order by p.uploaded_at, p.id) as photo_ids
            from repair_request r
            """;

    private static final String SELECT_OFFER = """
            select o.*, g.legal_name from repair_offer o join organisation g on g.id = o.organisation_id
            """;

    private static final String SELECT_COMPLAINT = """
            select c.*, o.organisation_id, g.legal_name, r.brand, r.model,
                   (c.answered_at is null and c.answer_due < :now) as overdue
            from repair_complaint c join repair_request r on r.id = c.request_id
                 join repair_offer o on o.id = r.accepted_offer join organisation g on g.id = o.organisation_id
            """;

    private final JdbcClient jdbc;

    RepairRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertRequest(String consumerEmail, Locale locale, RepairAsk ask, @Nullable String stampCode, Instant now) {
        return jdbc.sql("""
                        insert into repair_request (consumer_email, consumer_locale, category, brand, model, purchase_year,
                                                    stamp_code, fault, hand_over, latitude, longitude, address, asked_at,
                                                    status, status_at)
                        values (:email, :locale, :category, :brand, :model, :year, :stamp, :fault, :handOver, :latitude,
                                :longitude, :address, :now, 'ASKED', :now) returning id""")
                .param("email", consumerEmail).param("locale", locale.toLanguageTag()).param("category", ask.category())
                .param("brand", ask.brand()).param("model", ask.model()).param("year", ask.purchaseYear())
                .param("stamp", stampCode)
                .param("fault", ask.fault()).param("handOver", String.valueOf(ask.handOver()))
                .param("latitude", ask.latitude()).param("longitude", ask.longitude()).param("address", ask.address())
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    void insertOffer(UUID requestId, UUID organisationId) {
        jdbc.sql("insert into repair_offer (request_id, organisation_id, status) values (:request, :organisation, 'WAITING')")
                .param("request", requestId).param("organisation", organisationId).update();
    }

    UUID insertPhoto(UUID requestId, String contentType, byte[] content, Instant now) {
        return jdbc.sql("""
                        insert into repair_request_photo (request_id, content_type, content, uploaded_at)
                        values (:request, :type, :content, :now) returning id""")
                .param("request", requestId).param("type", contentType).param("content", content)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    Optional<Photo> photo(UUID requestId, UUID photoId) {
        return jdbc.sql("select content_type, content from repair_request_photo where id = :id and request_id = :request")
                .param("id", photoId).param("request", requestId)
                .query((rs, row) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    Optional<RepairRequest> request(UUID requestId) {
        return jdbc.sql(SELECT_REQUEST + "where r.id = :id").param("id", requestId)
                .query((rs, row) -> request(rs)).optional();
    }

    Optional<RepairRequest> lockRequest(UUID requestId) {
        return jdbc.sql(SELECT_REQUEST + "where r.id = :id for update of r").param("id", requestId)
                .query((rs, row) -> request(rs)).optional();
    }

    List<RepairRequest> requestsOf(String consumerEmail) {
        return jdbc.sql(SELECT_REQUEST + "where r.consumer_email = :email order by r.asked_at desc")
                .param("email", consumerEmail).query((rs, row) -> request(rs)).list();
    }

    /** The requests an organisation was asked about, with its own side: open ones first, newest first. */
    List<RepairRequest> requestsTo(UUID organisationId, int limit) {
        return jdbc.sql(SELECT_REQUEST + """
                        join repair_offer o on o.request_id = r.id and o.organisation_id = :organisation
                        order by r.status = 'COLLECTED', r.asked_at desc limit :limit""")
                .param("organisation", organisationId).param("limit", limit).query((rs, row) -> request(rs)).list();
    }

    List<RepairOffer> offersOf(UUID requestId) {
        return jdbc.sql(SELECT_OFFER + "where o.request_id = :request order by o.answered_at nulls last, g.legal_name")
                .param("request", requestId).query((rs, row) -> offer(rs)).list();
    }

    Optional<RepairOffer> offer(UUID requestId, UUID organisationId) {
        return jdbc.sql(SELECT_OFFER + "where o.request_id = :request and o.organisation_id = :organisation")
                .param("request", requestId).param("organisation", organisationId).query((rs, row) -> offer(rs)).optional();
    }

    void issueForm(UUID offerId, IssuedForm form, Instant now) {
        jdbc.sql("""
                        update repair_offer set status = 'OFFERED', repairer_name = :name, repairer_address = :address,
                               repairer_phone = :phone, repairer_email = :email, site_id = :site, defect = :defect,
                               repair_type = :repairType, currency = :currency, price = :price,
                               price_is_maximum = :maximum, price_basis = :basis, diagnosis_fee = :diagnosisFee,
                               repair_days = :days, loan_device = :loan, loan_terms = :loanTerms,
                               hand_over_place = :place, extra_services = :extras, extra_services_cost = :extrasCost,
                               issued_on = :issued, valid_until = :validUntil, time_zone = :zone, answered_at = :now
                        where id = :id and status = 'WAITING'""")
                .param("name", form.repairerName()).param("address", form.repairerAddress())
                .param("phone", form.repairerPhone()).param("email", form.repairerEmail()).param("site", form.siteId())
                .param("defect", form.defect()).param("repairType", form.repairType())
                .param("currency", form.price().currency().getCurrencyCode()).param("price", form.price().amount())
                .param("maximum", form.priceIsMaximum()).param("basis", form.priceBasis())
                .param("diagnosisFee", form.diagnosisFee().amount()).param("days", form.repairDays())
                .param("loan", form.loanDevice()).param("loanTerms", form.loanTerms())
                .param("place", form.handOverPlace()).param("extras", form.extraServices())
                .param("extrasCost", form.extraServicesCost() == null ? null : form.extraServicesCost().amount())
                .param("issued", Date.valueOf(form.issuedOn())).param("validUntil", Date.valueOf(form.validUntil()))
                .param("zone", form.timeZone().getId()).param("now", Timestamp.from(now)).param("id", offerId).update();
    }

    void decline(UUID offerId, String reason, Instant now) {
        jdbc.sql("update repair_offer set status = 'DECLINED', decline_reason = :reason, answered_at = :now where id = :id")
                .param("reason", reason).param("now", Timestamp.from(now)).param("id", offerId).update();
    }

    /** The accepted offer is ACCEPTED, the other forms and unanswered asks NOT_CHOSEN, and the request booked. */
    void accept(UUID requestId, UUID offerId, Instant handOverAt, Instant now) {
        jdbc.sql("""
                        update repair_offer set status = case when id = :offer then 'ACCEPTED' else 'NOT_CHOSEN' end
                        where request_id = :request and status in ('OFFERED', 'WAITING')""")
                .param("offer", offerId).param("request", requestId).update();
        jdbc.sql("""
                        update repair_request set status = 'BOOKED', accepted_offer = :offer, hand_over_at = :handOverAt,
                               status_at = :now
                        where id = :request""")
                .param("offer", offerId).param("handOverAt", Timestamp.from(handOverAt)).param("now", Timestamp.from(now))
                .param("request", requestId).update();
    }

    void moveTo(UUID requestId, RepairStatus status, Instant now) {
        jdbc.sql("update repair_request set status = :status, status_at = :now where id = :id")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", requestId).update();
    }

    void report(UUID requestId, RepairReport report, LocalDate repairedOn, Instant now) {
        jdbc.sql("""
                        update repair_request set status = 'REPAIRED', outcome = :outcome, barrier = :barrier,
                               parts = :parts, warranty_months = :months, repaired_on = :repairedOn, status_at = :now
                        where id = :id""")
                .param("outcome", String.valueOf(report.outcome()))
                .param("barrier", report.barrier() == null ? null : report.barrier().name())
                .param("parts", String.valueOf(report.parts())).param("months", report.warrantyMonths())
                .param("repairedOn", Date.valueOf(repairedOn)).param("now", Timestamp.from(now)).param("id", requestId)
                .update();
    }

    void insertMessage(UUID requestId, boolean fromRepairer, String authorEmail, String text, Instant now) {
        jdbc.sql("""
                        insert into repair_message (request_id, from_repairer, author_email, text, sent_at)
                        values (:request, :fromRepairer, :author, :text, :now)""")
                .param("request", requestId).param("fromRepairer", fromRepairer).param("author", authorEmail)
                .param("text", text).param("now", Timestamp.from(now)).update();
    }

    List<RepairMessage> messages(UUID requestId) {
        return jdbc.sql("select * from repair_message where request_id = :request order by sent_at, id")
                .param("request", requestId)
                .query((rs, row) -> new RepairMessage(rs.getObject("id", UUID.class), rs.getBoolean("from_repairer"),
                        rs.getString("text"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    UUID insertComplaint(UUID requestId, String text, Instant now, Instant due) {
        return jdbc.sql("""
                        insert into repair_complaint (request_id, text, filed_at, answer_due)
                        values (:request, :text, :now, :due) returning id""")
                .param("request", requestId).param("text", text).param("now", Timestamp.from(now))
                .param("due", Timestamp.from(due)).query(UUID.class).single();
    }

    /** A complaint about one of the organisation's repairs, locked; overdue as of {@code now}. */
    Optional<RepairComplaint> lockComplaint(UUID complaintId, UUID organisationId, Instant now) {
        return jdbc.sql(SELECT_COMPLAINT + "where c.id = :id and o.organisation_id = :organisation for update of c")
                .param("id", complaintId).param("organisation", organisationId).param("now", Timestamp.from(now))
                .query((rs, row) -> complaint(rs)).optional();
    }

    void answerComplaint(UUID complaintId, String answer, Instant now) {
        jdbc.sql("update repair_complaint set answer = :answer, answered_at = :now where id = :id")
                .param("answer", answer).param("now", Timestamp.from(now)).param("id", complaintId).update();
    }

    /** The complaints about one repair, oldest first, overdue as of {@code now}. */
    List<RepairComplaint> complaintsOf(UUID requestId, Instant now) {
        return jdbc.sql(SELECT_COMPLAINT + "where c.request_id = :request order by c.filed_at")
                .param("request", requestId).param("now", Timestamp.from(now)).query((rs, row) -> complaint(rs)).list();
    }

    /** Complaints unanswered past their due time at {@code now}, the longest overdue first. */
    List<RepairComplaint> overdueComplaints(Instant now, int limit) {
        return jdbc.sql(SELECT_COMPLAINT + "where c.answered_at is null and c.answer_due < :now order by c.answer_due limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query((rs, row) -> complaint(rs)).list();
    }

    /** Repairs with a recorded outcome, oldest first, with what the open data may say of them. */
    List<OrdsRow> recordedRepairs(int limit) {
        return jdbc.sql("""
                        select r.id, g.country, r.category, c.name_en as category_name, r.brand, r.purchase_year,
                               r.outcome, r.barrier, r.repaired_on, o.defect
                        from repair_request r join repair_offer o on o.id = r.accepted_offer
                             join organisation g on g.id = o.organisation_id join device_category c on c.code = r.category
                        where r.outcome is not null order by r.repaired_on, r.id limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new OrdsRow(rs.getObject("id", UUID.class), rs.getString("country"),
                        rs.getString("category"), rs.getString("category_name"), rs.getString("brand"),
                        rs.getInt("purchase_year"), RepairOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("barrier") == null ? null : RepairBarrier.valueOf(rs.getString("barrier")),
                        rs.getDate("repaired_on").toLocalDate(), rs.getString("defect")))
                .list();
    }

    /** The figures of a category's recorded repairs; prices only of forms in that currency. */
    CategoryStatistics statistics(String category, Currency currency) {
        return jdbc.sql("""
                        select count(*) as repairs,
                               avg(case when r.outcome = 'FIXED' then 1.0 else 0.0 end) as share_fixed,
                               percentile_cont(0.5) within group (order by o.price) filter (where o.currency = :currency)
                                   as median_price,
                               percentile_cont(0.5) within group (order by o.repair_days) as median_days
                        from repair_request r join repair_offer o on o.id = r.accepted_offer
                        where r.outcome is not null and r.category = :category""")
                .param("category", category).param("currency", currency.getCurrencyCode())
                .query((rs, row) -> {
                    long repairs = rs.getLong("repairs");
                    BigDecimal medianPrice = rs.getBigDecimal("median_price");
                    double days = rs.getDouble("median_days");
                    Double medianDays = rs.wasNull() ? null : days;
                    return new CategoryStatistics(category, repairs, repairs == 0 ? null : rs.getDouble("share_fixed"),
                            medianPrice == null ? null : new Money(medianPrice, currency), medianDays);
                }).single();
    }

    /** The quality figures of the repairers that have any; complaints count as overdue at {@code now}. */
    List<RepairerTrackRecord> trackRecords(Collection<UUID> organisationIds, Instant now) {
        return jdbc.sql("""
                        select o.organisation_id,
                               count(distinct r.id) filter (where r.outcome is not null) as repairs,
                               count(distinct r.id) filter (where r.outcome = 'FIXED') as fixed,
                               count(c.id) as complaints,
                               count(c.id) filter (where c.answered_at <= c.answer_due) as answered_in_time,
                               count(c.id) filter (where c.answered_at is null and c.answer_due < :now) as overdue
                        from repair_offer o join repair_request r on r.accepted_offer = o.id
                             left join repair_complaint c on c.request_id = r.id
                        where o.organisation_id in (:organisations)
                        group by o.organisation_id""")
                .param("organisations", organisationIds).param("now", Timestamp.from(now))
                .query((rs, row) -> new RepairerTrackRecord(rs.getObject("organisation_id", UUID.class),
                        rs.getLong("repairs"), rs.getLong("fixed"), rs.getLong("complaints"),
                        rs.getLong("answered_in_time"), rs.getLong("overdue")))
                .list();
    }

    /** A recorded repair as stored, before the export leaves out what it must not publish. */
    record OrdsRow(UUID id, String country, String category, String categoryName, String brand, int purchaseYear,
            RepairOutcome outcome, @Nullable RepairBarrier barrier, LocalDate repairedOn, String defect) {
    }

    private static RepairRequest request(ResultSet rs) throws SQLException {
        Array photos = rs.getArray("photo_ids");
        List<UUID> photoIds = Arrays.stream((Object[]) photos.getArray()).map(UUID.class::cast).toList();
        String outcome = rs.getString("outcome");
        String barrier = rs.getString("barrier");
        String parts = rs.getString("parts");
        int months = rs.getInt("warranty_months");
        Integer warrantyMonths = rs.wasNull() ? null : months;
        Date repairedOn = rs.getDate("repaired_on");
        return new RepairRequest(rs.getObject("id", UUID.class), rs.getString("consumer_email"),
                Locale.forLanguageTag(rs.getString("consumer_locale")), rs.getString("category"), rs.getString("brand"),
                rs.getString("model"), rs.getInt("purchase_year"), rs.getString("stamp_code"), rs.getString("fault"),
                HandOver.valueOf(rs.getString("hand_over")),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getString("address"),
                rs.getTimestamp("asked_at").toInstant(), RepairStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("status_at").toInstant(),
                rs.getObject("accepted_offer", UUID.class), instant(rs, "hand_over_at"),
                outcome == null ? null : RepairOutcome.valueOf(outcome), barrier == null ? null : RepairBarrier.valueOf(barrier),
                parts == null ? null : PartsUsed.valueOf(parts), warrantyMonths,
                repairedOn == null ? null : repairedOn.toLocalDate(), photoIds);
    }

    private static RepairComplaint complaint(ResultSet rs) throws SQLException {
        return new RepairComplaint(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("legal_name"), rs.getString("brand"),
                rs.getString("model"), rs.getString("text"), rs.getTimestamp("filed_at").toInstant(),
                rs.getTimestamp("answer_due").toInstant(), rs.getString("answer"), instant(rs, "answered_at"),
                rs.getBoolean("overdue"));
    }

    private static RepairOffer offer(ResultSet rs) throws SQLException {
        OfferStatus status = OfferStatus.valueOf(rs.getString("status"));
        IssuedForm form = rs.getDate("issued_on") == null ? null : form(rs);
        return new RepairOffer(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("legal_name"), status,
                rs.getString("decline_reason"), form, instant(rs, "answered_at"));
    }

    private static IssuedForm form(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal extrasCost = rs.getBigDecimal("extra_services_cost");
        return new IssuedForm(rs.getString("repairer_name"), rs.getString("repairer_address"),
                rs.getString("repairer_phone"), rs.getString("repairer_email"), rs.getObject("site_id", UUID.class),
                rs.getString("defect"), rs.getString("repair_type"), new Money(rs.getBigDecimal("price"), currency),
                rs.getBoolean("price_is_maximum"), rs.getString("price_basis"),
                new Money(rs.getBigDecimal("diagnosis_fee"), currency), rs.getInt("repair_days"),
                rs.getBoolean("loan_device"), rs.getString("loan_terms"), rs.getString("hand_over_place"),
                rs.getString("extra_services"), extrasCost == null ? null : new Money(extrasCost, currency),
                rs.getDate("issued_on").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
                ZoneId.of(rs.getString("time_zone")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
