package eu.reloop.handin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.directory.SiteTimeZones;
import eu.reloop.stamp.DataErasure;

@Repository
class HandInRepository {

    private static final String SELECT = """
            select h.*, s.name as site_name, s.country as site_country, s.street || ', ' || s.postcode || ' ' || s.town as site_address
            from handin h join site s on s.id = h.site_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HandInRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A site's own number of hand-ins per hour, if its staff set one. */
    Optional<Integer> capacity(UUID siteId) {
        return jdbc.sql("select per_hour from handin_capacity where site_id = :site").param("site", siteId)
                .query(Integer.class).optional();
    }

    void setCapacity(UUID siteId, int perHour) {
        jdbc.sql("""
                        insert into handin_capacity (site_id, per_hour) values (:site, :perHour)
                        on conflict (site_id) do update set per_hour = excluded.per_hour""")
                .param("site", siteId).param("perHour", perHour).update();
    }

    /** Serialises bookings at one site, so that two people cannot both take its last place in an hour. */
    void lockSite(UUID siteId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('handin-site'), hashtext(:site))").param("site", siteId.toString())
                .query().singleRow();
    }

    /** Hand-ins booked (not cancelled) at the site from {@code from} inclusive to {@code to} exclusive, except one. */
    int bookedBetween(UUID siteId, Instant from, Instant to, @Nullable UUID except) {
        return jdbc.sql("""
                        select count(*) from handin where site_id = :site and status <> 'CANCELLED'
                          and slot_start >= :from and slot_start < :to and (cast(:except as uuid) is null or id <> :except)""")
                .param("site", siteId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("except", except).query(Integer.class).single();
    }

    UUID insert(HandInCode code, UUID siteId, UUID organisationId, String ownerEmail, String ownerName, String language,
            Instant slotStart, List<DeviceBrought> devices, Instant now) {
        UUID id = jdbc.sql("""
                        insert into handin (code, site_id, organisation_id, owner_email, owner_name, owner_language,
                                            slot_start, status, booked_at)
                        values (:code, :site, :organisation, :email, :name, :language, :slot, 'BOOKED', :now) returning id""")
                .param("code", code.value()).param("site", siteId).param("organisation", organisationId)
                .param("email", ownerEmail).param("name", ownerName).param("language", language)
                .param("slot", Timestamp.from(slotStart)).param("now", Timestamp.from(now)).query(UUID.class).single();
        for (int position = 0; position < devices.size(); position++) {
            insertDevice(id, position + 1, devices.get(position));
        }
        return id;
    }

    private void insertDevice(UUID handInId, int position, DeviceBrought device) {
        jdbc.sql("""
                        insert into handin_device (handin_id, position, category_code, brand, model, serial, holds_data)
                        values (:handin, :position, :category, :brand, :model, :serial, :holdsData)""")
                .param("handin", handInId).param("position", position).param("category", device.category())
                .param("brand", device.brand()).param("model", device.model()).param("serial", device.serial())
                .param("holdsData", device.holdsData()).update();
    }

    void correctDevice(UUID deviceId, DeviceBrought device) {
        jdbc.sql("""
                        update handin_device set category_code = :category, brand = :brand, model = :model, serial = :serial,
                                                 holds_data = :holdsData
                        where id = :id""")
                .param("id", deviceId).param("category", device.category()).param("brand", device.brand())
                .param("model", device.model()).param("serial", device.serial()).param("holdsData", device.holdsData())
                .update();
    }

    void move(UUID id, Instant slotStart) {
        jdbc.sql("update handin set slot_start = :slot where id = :id").param("id", id)
                .param("slot", Timestamp.from(slotStart)).update();
    }

    void cancel(UUID id, Instant now) {
        jdbc.sql("update handin set status = 'CANCELLED', cancelled_at = :now where id = :id").param("id", id)
                .param("now", Timestamp.from(now)).update();
    }

    void receive(UUID id, Instant now) {
        jdbc.sql("update handin set status = 'RECEIVED', received_at = :now where id = :id").param("id", id)
                .param("now", Timestamp.from(now)).update();
    }

    void recordErasure(UUID deviceId, DataErasure erasure, CertificateCode code, String statement, String keyId,
            byte[] signature, Instant now) {
        jdbc.sql("""
                        update handin_device set erasure = cast(:erasure as jsonb), certificate_code = :code,
                                                 certificate_statement = :statement, certificate_key_id = :key,
                                                 certificate_signature = :signature, erased_at = :now
                        where id = :id""")
                .param("id", deviceId).param("erasure", json.writeValueAsString(erasure)).param("code", code.value())
                .param("statement", statement).param("key", keyId).param("signature", signature)
                .param("now", Timestamp.from(now)).update();
    }

    Optional<HandIn> find(UUID id) {
        return one(SELECT + "where h.id = :id", Map.of("id", id));
    }

    Optional<HandIn> lock(UUID id) {
        return one(SELECT + "where h.id = :id for update of h", Map.of("id", id));
    }

    Optional<HandIn> findByCode(HandInCode code) {
        return one(SELECT + "where h.code = :code", Map.of("code", code.value()));
    }

    List<HandIn> ofOwner(String email) {
        return many(SELECT + "where h.owner_email = :email order by h.slot_start desc", Map.of("email", email));
    }

    /** The hand-ins booked at the organisation's sites from {@code from} inclusive to {@code to} exclusive, earliest first. */
    List<HandIn> ofOrganisationBetween(UUID organisationId, Instant from, Instant to) {
        return many(SELECT + "where h.organisation_id = :organisation and h.slot_start >= :from and h.slot_start < :to "
                + "order by h.slot_start, h.code", Map.of("organisation", organisationId, "from", Timestamp.from(from),
                "to", Timestamp.from(to)));
    }

    /** A certificate's device with its hand-in. */
    Optional<CertifiedDevice> certified(CertificateCode code) {
        return jdbc.sql("""
                        select d.handin_id, d.id, d.certificate_statement, d.certificate_key_id, d.certificate_signature
                        from handin_device d where d.certificate_code = :code""")
                .param("code", code.value())
                .query((rs, row) -> new CertifiedDevice(rs.getObject("handin_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("certificate_statement"), rs.getString("certificate_key_id"),
                        rs.getBytes("certificate_signature")))
                .optional();
    }

    /** The signed statement of a certificate, as stored. */
    record CertifiedDevice(UUID handInId, UUID deviceId, String statement, String keyId, byte[] signature) {
    }

    void forgetOwner(String email) {
        jdbc.sql("update handin set owner_email = null, owner_name = null where owner_email = :email")
                .param("email", email).update();
    }

    void moveOwner(String from, String to) {
        jdbc.sql("update handin set owner_email = :to where owner_email = :from").param("to", to).param("from", from)
                .update();
    }

    private Optional<HandIn> one(String sql, Map<String, ?> params) {
        return many(sql, params).stream().findFirst();
    }

    private List<HandIn> many(String sql, Map<String, ?> params) {
        List<HandIn> bare = jdbc.sql(sql).params(params).query((rs, row) -> handIn(rs, List.of())).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<UUID, List<HandInDevice>> devices = new LinkedHashMap<>();
        bare.forEach(handIn -> devices.put(handIn.id(), new ArrayList<>()));
        jdbc.sql("select * from handin_device where handin_id in (:ids) order by position")
                .param("ids", devices.keySet()).query((rs, row) -> {
                    devices.get(rs.getObject("handin_id", UUID.class)).add(device(rs));
                    return null;
                }).list();
        return bare.stream().map(handIn -> new HandIn(handIn.id(), handIn.code(), handIn.siteId(), handIn.organisationId(),
                handIn.siteName(), handIn.siteAddress(), handIn.siteTimeZone(), handIn.ownerEmail(), handIn.ownerName(), handIn.ownerLanguage(),
                handIn.slotStart(), handIn.status(), handIn.bookedAt(), handIn.receivedAt(), devices.get(handIn.id())))
                .toList();
    }

    private static HandIn handIn(ResultSet rs, List<HandInDevice> devices) throws SQLException {
        return new HandIn(rs.getObject("id", UUID.class), new HandInCode(rs.getString("code")),
                rs.getObject("site_id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("site_name"),
                rs.getString("site_address"), SiteTimeZones.of(rs.getString("site_country")), rs.getString("owner_email"), rs.getString("owner_name"),
                rs.getString("owner_language"), rs.getTimestamp("slot_start").toInstant(),
                HandInStatus.valueOf(rs.getString("status")), rs.getTimestamp("booked_at").toInstant(),
                instant(rs, "received_at"), devices);
    }

    private HandInDevice device(ResultSet rs) throws SQLException {
        String erasure = rs.getString("erasure");
        String certificate = rs.getString("certificate_code");
        return new HandInDevice(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("category_code"),
                rs.getString("brand"), rs.getString("model"), rs.getString("serial"), rs.getBoolean("holds_data"),
                erasure == null ? null : json.readValue(erasure, DataErasure.class),
                certificate == null ? null : new CertificateCode(certificate), instant(rs, "erased_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
