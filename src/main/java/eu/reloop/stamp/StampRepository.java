package eu.reloop.stamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.shared.RefusedException;

/** Stamp applications, photos and stamps in PostgreSQL; inspection reports are stored as JSON. */
@Repository
class StampRepository {

    private static final String APPLICATION_COLUMNS = """
            a.id, a.organisation_id, o.legal_name, a.status, a.report, a.reviewer_note, a.stamp_code, a.created_at,
            a.submitted_at, exists (select 1 from stamp_log_entry e where e.stamp_code = a.stamp_code
                                    and e.event = 'REVOKED') as stamp_revoked""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StampRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID insertApplication(UUID organisationId, InspectionReport report, Instant now) {
        return jdbc.sql("""
                        insert into stamp_application (organisation_id, status, category, report, created_at, updated_at)
                        values (:organisation, 'DRAFT', :category, cast(:report as jsonb), :now, :now) returning id""")
                .param("organisation", organisationId).param("category", report.item().category())
                .param("report", json.writeValueAsString(report)).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    void saveReport(UUID id, InspectionReport report, Instant now) {
        jdbc.sql("""
                        update stamp_application set report = cast(:report as jsonb), category = :category, updated_at = :now
                        where id = :id""")
                .param("id", id).param("report", json.writeValueAsString(report))
                .param("category", report.item().category()).param("now", Timestamp.from(now)).update();
    }

    void setStatus(UUID id, StampApplicationStatus status, @Nullable String note, @Nullable String stampCode, Instant now) {
        jdbc.sql("""
                        update stamp_application set status = :status, reviewer_note = :note,
                               stamp_code = coalesce(:code, stamp_code), updated_at = :now,
                               submitted_at = case when :status = 'SUBMITTED' then :now else submitted_at end
                        where id = :id""")
                .param("id", id).param("status", status.name()).param("note", note).param("code", stampCode)
                .param("now", Timestamp.from(now)).update();
    }

    /** Locks the row until the transaction ends, so that two decisions (or an edit and a decision) cannot cross. */
    Optional<StampApplication> findApplicationForUpdate(UUID id) {
        jdbc.sql("select id from stamp_application where id = :id for update").param("id", id).query(UUID.class).optional();
        return findApplication(id);
    }

    Optional<StampApplication> findApplication(UUID id) {
        return jdbc.sql("select " + APPLICATION_COLUMNS
                        + " from stamp_application a join organisation o on o.id = a.organisation_id where a.id = :id")
                .param("id", id).query((rs, row) -> application(rs)).optional();
    }

    List<StampApplication> applicationsOf(UUID organisationId) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + """
                         from stamp_application a join organisation o on o.id = a.organisation_id
                        where a.organisation_id = :organisation order by a.created_at desc""")
                .param("organisation", organisationId).query((rs, row) -> application(rs)).list();
    }

    List<StampApplication> queue(int offset, int limit) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + """
                         from stamp_application a join organisation o on o.id = a.organisation_id
                        where a.status = 'SUBMITTED' order by a.submitted_at, a.id offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit).query((rs, row) -> application(rs)).list();
    }

    int queueSize() {
        return jdbc.sql("select count(*) from stamp_application where status = 'SUBMITTED'").query(Integer.class).single();
    }

    UUID insertPhoto(UUID applicationId, String fileName, String contentType, byte[] content, Instant now) {
        return jdbc.sql("""
                        insert into stamp_photo (application_id, file_name, content_type, content, uploaded_at)
                        values (:application, :name, :type, :content, :now) returning id""")
                .param("application", applicationId).param("name", fileName).param("type", contentType)
                .param("content", content).param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    /** The photo, if it belongs to an application of that organisation. */
    Optional<StampApplication.PhotoContent> photo(UUID organisationId, UUID photoId) {
        return jdbc.sql("""
                        select p.file_name, p.content_type, p.content from stamp_photo p
                        join stamp_application a on a.id = p.application_id
                        where p.id = :id and a.organisation_id = :organisation""")
                .param("id", photoId).param("organisation", organisationId)
                .query((rs, row) -> new StampApplication.PhotoContent(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    /** The application's first photo: the one its stamp shows and binds. */
    Optional<PhotoBytes> firstPhoto(UUID applicationId) {
        return jdbc.sql("select id, content from stamp_photo where application_id = :id order by uploaded_at, id limit 1")
                .param("id", applicationId)
                .query((rs, row) -> new PhotoBytes(rs.getObject("id", UUID.class), rs.getBytes("content"))).optional();
    }

    /** A photo's id and bytes. */
    record PhotoBytes(UUID id, byte[] content) {
    }

    /** The photo a stamp shows to whoever checks it. */
    Optional<StampApplication.PhotoContent> stampPhoto(StampCode code) {
        return jdbc.sql("""
                        select p.file_name, p.content_type, p.content from stamp s join stamp_photo p on p.id = s.photo_id
                        where s.code = :code""")
                .param("code", code.value())
                .query((rs, row) -> new StampApplication.PhotoContent(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    List<Stamps.IssuedCount> issuedCounts() {
        return jdbc.sql("""
                        select to_char(issued_at at time zone 'UTC', 'YYYY-MM') as month, organisation_id, category, grade,
                               count(*) as stamps
                        from stamp group by month, organisation_id, category, grade order by month, category, grade""")
                .query((rs, row) -> new Stamps.IssuedCount(YearMonth.parse(rs.getString("month")),
                        rs.getObject("organisation_id", UUID.class), rs.getString("category"),
                        Grade.valueOf(rs.getString("grade")), rs.getLong("stamps"))).list();
    }

    boolean stampExists(StampCode code) {
        return jdbc.sql("select exists (select 1 from stamp where code = :code)").param("code", code.value())
                .query(Boolean.class).single();
    }

    /** Refused when the item got a live stamp a moment ago, in a transaction that checked before this one committed. */
    void insertStamp(Stamp stamp) {
        var item = stamp.report().item();
        try {
            insert(stamp, item);
        } catch (DuplicateKeyException live) {
            throw RefusedException.onField("serialNumber", "stamp.block.stamped-just-now");
        }
    }

    private void insert(Stamp stamp, ItemIdentity item) {
        jdbc.sql("""
                        insert into stamp (code, application_id, organisation_id, category, brand, model, serial_number, grade,
                                           report, issued_at, certifier, signed_payload, signature, key_id, warranty_months,
                                           photo_id)
                        values (:code, :application, :organisation, :category, :brand, :model, :serial, :grade,
                                cast(:report as jsonb), :issued, :certifier, :payload, :signature, :key, :warranty, :photo)""")
                .param("code", stamp.code().value()).param("application", stamp.applicationId())
                .param("organisation", stamp.organisationId()).param("category", item.category())
                .param("brand", item.brand()).param("model", item.model()).param("serial", item.serialNumber())
                .param("grade", stamp.report().grade().name()).param("report", json.writeValueAsString(stamp.report()))
                .param("issued", Timestamp.from(stamp.issuedAt())).param("certifier", stamp.certifier())
                .param("payload", stamp.signedPayload()).param("signature", stamp.signature())
                .param("key", stamp.keyId()).param("warranty", stamp.warrantyMonths()).param("photo", stamp.photoId())
                .update();
    }

    Optional<Stamp> findStamp(StampCode code) {
        return jdbc.sql("select * from stamp where code = :code").param("code", code.value())
                .query((rs, row) -> stamp(rs)).optional();
    }

    /** The item's stamp that is not revoked, if it has one (brand and serial compared as the database's item key). */
    Optional<StampCode> liveStampFor(ItemIdentity item) {
        return jdbc.sql("""
                        select code from stamp where serial_key = item_serial_key(:brand, :serial) and revoked_at is null""")
                .param("brand", item.brand()).param("serial", item.serialNumber()).query(String.class).optional()
                .map(StampCode::new);
    }

    List<Stamp> stampsOf(UUID organisationId) {
        return jdbc.sql("select * from stamp where organisation_id = :organisation order by issued_at desc")
                .param("organisation", organisationId).query((rs, row) -> stamp(rs)).list();
    }

    /** Marks the stamp revoked unless it already is; false when it was. */
    boolean revoke(StampCode code, String reason, Instant now) {
        return jdbc.sql("""
                        update stamp set revoked_at = :now, revoked_reason = :reason
                        where code = :code and revoked_at is null""")
                .param("code", code.value()).param("reason", reason).param("now", Timestamp.from(now)).update() == 1;
    }

    private StampApplication application(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<StampApplication.Photo> photos = jdbc.sql(
                        "select id, file_name, content_type from stamp_photo where application_id = :id order by uploaded_at, id")
                .param("id", id).query((photo, row) -> new StampApplication.Photo(photo.getObject("id", UUID.class),
                        photo.getString("file_name"), photo.getString("content_type"))).list();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new StampApplication(id, rs.getObject("organisation_id", UUID.class), rs.getString("legal_name"),
                StampApplicationStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("report"), InspectionReport.class), photos, rs.getString("reviewer_note"),
                rs.getString("stamp_code"), rs.getBoolean("stamp_revoked"), rs.getTimestamp("created_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    private Stamp stamp(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Stamp(new StampCode(rs.getString("code")), rs.getObject("application_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), json.readValue(rs.getString("report"), InspectionReport.class),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("certifier"), rs.getString("signed_payload"),
                rs.getString("signature"), rs.getString("key_id"), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_reason"), rs.getInt("warranty_months"),
                rs.getObject("photo_id", UUID.class));
    }
}
