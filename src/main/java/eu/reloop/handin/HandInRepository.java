package eu.reloop.handin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import eu.reloop.directory.Site;
import eu.reloop.directory.SiteTimeZones;
import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.ItemIdentity;

@Repository
class HandInRepository {

    private static final String SELECT = "select h.* from handin h ";

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

    /** The slots booked (not cancelled) at the site from {@code from} inclusive to {@code to} exclusive, one per hand-in. */
    List<Instant> bookedSlots(UUID siteId, Instant from, Instant to) {
        return jdbc.sql("""
                        select slot_start from handin where site_id = :site and status <> 'CANCELLED'
                          and slot_start >= :from and slot_start < :to""")
                .param("site", siteId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> rs.getTimestamp("slot_start").toInstant()).list();
    }

    boolean codeTaken(HandInCode code) {
        return jdbc.sql("select exists (select 1 from handin where code = :code)").param("code", code.value())
                .query(Boolean.class).single();
    }

    /** A booking at the site, which it keeps as the site was then. */
    UUID insert(HandInCode code, Site site, String ownerEmail, String ownerName, String language,
            Instant slotStart, List<DeviceBrought> devices, Instant now) {
        UUID id = jdbc.sql("""
                        insert into handin (code, site_id, site_name, site_address, site_country, organisation_id,
                                            owner_email, owner_name, owner_language, slot_start, status, booked_at)
                        values (:code, :site, :siteName, :siteAddress, :siteCountry, :organisation, :email, :name, :language,
                                :slot, 'BOOKED', :now) returning id""")
                .param("code", code.value()).param("site", site.id()).param("siteName", site.details().name())
                .param("siteAddress", site.details().address().oneLine())
                .param("siteCountry", site.details().address().country()).param("organisation", site.organisationId())
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

    Optional<HandIn> ofDevice(UUID deviceId) {
        return one(SELECT + "where h.id = (select handin_id from handin_device where id = :device)", Map.of("device", deviceId));
    }

    Optional<HandIn> ofStampApplication(UUID applicationId) {
        return one(SELECT + "where h.id = (select handin_id from handin_device where stamp_application_id = :application)",
                Map.of("application", applicationId));
    }

    /** Records the sale of the item stamped from the device; false when it was recorded before. */
    boolean markSecondLife(UUID deviceId, Instant now) {
        return jdbc.sql("update handin_device set second_life_at = :now where id = :id and second_life_at is null")
                .param("now", Timestamp.from(now)).param("id", deviceId).update() == 1;
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

    /**
     * Devices received before {@code receivedBefore} and neither erased nor moved on, and hand-overs made before
     * {@code handedOverBefore} and not confirmed; of one organisation, or of all when it is null.
     */
    List<QuietDevice> flags(@Nullable UUID organisationId, Instant receivedBefore, Instant handedOverBefore) {
        return jdbc.sql("""
                        select d.id as device_id, d.brand, d.model, h.code, h.organisation_id, h.site_name,
                               d.receiver_organisation_id,
                               case when d.outcome = 'HANDED_OVER' then 'UNCONFIRMED_HAND_OVER' else 'OVERDUE' end as kind,
                               case when d.outcome = 'HANDED_OVER' then d.outcome_at else h.received_at end as since
                        from handin_device d join handin h on h.id = d.handin_id
                        where (cast(:organisation as uuid) is null or h.organisation_id = :organisation)
                          and ((h.status = 'RECEIVED' and d.outcome is null and d.erasure is null
                                and h.received_at < :receivedBefore)
                            or (d.outcome = 'HANDED_OVER' and d.handover_confirmed_at is null
                                and d.outcome_at < :handedOverBefore))""")
                .param("organisation", organisationId).param("receivedBefore", Timestamp.from(receivedBefore))
                .param("handedOverBefore", Timestamp.from(handedOverBefore))
                .query((rs, row) -> new QuietDevice(HandInFlag.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("organisation_id", UUID.class), rs.getString("site_name"),
                        new HandInCode(rs.getString("code")), rs.getObject("device_id", UUID.class),
                        rs.getString("brand") + " " + rs.getString("model"), rs.getTimestamp("since").toInstant(),
                        rs.getObject("receiver_organisation_id", UUID.class)))
                .list();
    }

    /** A flagged device as this module keeps it: organisations by id, named by the directory. */
    record QuietDevice(HandInFlag.Kind kind, UUID organisationId, String siteName, HandInCode code, UUID deviceId,
            String device, Instant since, @Nullable UUID receiverId) {

        HandInFlag flag(Function<UUID, @Nullable String> names) {
            return new HandInFlag(kind, organisationId, Objects.requireNonNullElse(names.apply(organisationId), ""),
                    siteName, code, deviceId, device, since, receiverId == null ? null : names.apply(receiverId));
        }
    }

    /** Marks the flag told to its site; false when it already was. */
    boolean markNotified(HandInFlag flag, Instant now) {
        String column = flag.kind() == HandInFlag.Kind.OVERDUE ? "overdue_notified_at" : "handover_notified_at";
        return jdbc.sql("update handin_device set " + column + " = :now where id = :id and " + column + " is null")
                .param("now", Timestamp.from(now)).param("id", flag.deviceId()).update() == 1;
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
                certificate == null ? null : new CertificateCode(certificate), instant(rs, "erased_at"), outcome(rs));
    }

    private static @Nullable Outcome outcome(ResultSet rs) throws SQLException {
        String kind = rs.getString("outcome");
        if (kind == null) {
            return null;
        }
        String recycler = rs.getString("recycler");
        Recycling recycling = recycler == null ? null : new Recycling(recycler, rs.getInt("weight_grams"),
                rs.getInt("metals_grams"), rs.getInt("plastics_grams"), rs.getInt("glass_grams"), rs.getInt("other_grams"));
        return new Outcome(Outcome.Kind.valueOf(kind), rs.getTimestamp("outcome_at").toInstant(),
                rs.getObject("stamp_application_id", UUID.class), rs.getObject("receiver_organisation_id", UUID.class),
                instant(rs, "handover_confirmed_at"), recycling, instant(rs, "second_life_at"));
    }

    void refurbished(UUID deviceId, UUID stampApplicationId, Instant now) {
        jdbc.sql("""
                        update handin_device set outcome = 'REFURBISHED', outcome_at = :now, stamp_application_id = :application
                        where id = :id""")
                .param("id", deviceId).param("application", stampApplicationId).param("now", Timestamp.from(now)).update();
    }

    void handedOver(UUID deviceId, UUID receiverId, Instant now) {
        jdbc.sql("""
                        update handin_device set outcome = 'HANDED_OVER', outcome_at = :now, receiver_organisation_id = :receiver
                        where id = :id""")
                .param("id", deviceId).param("receiver", receiverId).param("now", Timestamp.from(now)).update();
    }

    void recycled(UUID deviceId, Recycling recycling, Instant now) {
        jdbc.sql("""
                        update handin_device set outcome = 'RECYCLED', outcome_at = :now, recycler = :recycler,
                                                 weight_grams = :weight, metals_grams = :metals, plastics_grams = :plastics,
                                                 glass_grams = :glass, other_grams = :other
                        where id = :id""")
                .param("id", deviceId).param("recycler", recycling.recycler()).param("weight", recycling.weightGrams())
                .param("metals", recycling.metalsGrams()).param("plastics", recycling.plasticsGrams())
                .param("glass", recycling.glassGrams()).param("other", recycling.otherGrams())
                .param("now", Timestamp.from(now)).update();
    }

    /** Confirms a hand-over to the receiver; false when the device is no hand-over to it waiting for confirmation. */
    boolean confirmHandOver(UUID deviceId, UUID receiverId, Instant now) {
        return jdbc.sql("""
                        update handin_device set handover_confirmed_at = :now
                        where id = :id and outcome = 'HANDED_OVER' and receiver_organisation_id = :receiver
                          and handover_confirmed_at is null""")
                .param("id", deviceId).param("receiver", receiverId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The site no longer sees who brought the devices once all their outcomes are recorded. */
    void forgetOwnerName(UUID handInId) {
        jdbc.sql("update handin set owner_name = null where id = :id").param("id", handInId).update();
    }

    /** The devices handed over to the organisation that wait for its confirmation, oldest first. */
    List<HandOverToConfirm> awaitingConfirmationBy(UUID receiverId) {
        return jdbc.sql("""
                        select d.id, d.category_code, d.brand, d.model, d.serial, h.site_name, d.outcome_at
                        from handin_device d join handin h on h.id = d.handin_id
                        where d.outcome = 'HANDED_OVER' and d.receiver_organisation_id = :receiver
                          and d.handover_confirmed_at is null
                        order by d.outcome_at""")
                .param("receiver", receiverId)
                .query((rs, row) -> {
                    String serial = rs.getString("serial");
                    return new HandOverToConfirm(rs.getObject("id", UUID.class), rs.getString("category_code"),
                            rs.getString("brand"), rs.getString("model"), serial == null ? "" : ItemIdentity.maskedSerial(serial),
                            rs.getString("site_name"), rs.getTimestamp("outcome_at").toInstant());
                })
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
