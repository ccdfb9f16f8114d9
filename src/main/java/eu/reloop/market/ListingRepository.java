package eu.reloop.market;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.shared.Money;
import eu.reloop.shared.Photo;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.Stamp;

@Repository
class ListingRepository {

    private final JdbcClient jdbc;

    ListingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID organisationId, Stamp stamp, ListingDraft draft, UUID siteId, Instant now) {
        var item = stamp.report().item();
        return jdbc.sql("""
                        insert into listing (organisation_id, stamp_code, category, brand, model, grade, battery_health,
                                             site_id, title, description, currency, price, pickup, shipping_price, status,
                                             listed_at, updated_at)
                        values (:organisation, :stamp, :category, :brand, :model, :grade, :battery, :site, :title,
                                :description, :currency, :price, :pickup, :shipping, 'ON_SALE', :now, :now)
                        returning id""")
                .param("organisation", organisationId).param("stamp", stamp.code().value())
                .param("category", item.category()).param("brand", item.brand()).param("model", item.model())
                .param("grade", stamp.report().grade().name()).param("battery", stamp.report().batteryHealthPercent())
                .params(draftParameters(draft, siteId)).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    boolean update(UUID listingId, ListingDraft draft, UUID siteId, Instant now) {
        return jdbc.sql("""
                        update listing set site_id = :site, title = :title, description = :description,
                               currency = :currency, price = :price, pickup = :pickup, shipping_price = :shipping,
                               updated_at = :now
                        where id = :id""")
                .params(draftParameters(draft, siteId)).param("id", listingId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    void setStatus(UUID listingId, ListingStatus status, @Nullable String reason, Instant now) {
        jdbc.sql("update listing set status = :status, off_sale_reason = :reason, updated_at = :now where id = :id")
                .param("status", status.name()).param("reason", reason).param("now", Timestamp.from(now))
                .param("id", listingId).update();
    }

    /** Sets (or with null clears) the hold a checkout has on the item. */
    void hold(UUID listingId, @Nullable Instant until, Instant now) {
        jdbc.sql("update listing set reserved_until = :until, updated_at = :now where id = :id")
                .param("until", until == null ? null : Timestamp.from(until)).param("now", Timestamp.from(now))
                .param("id", listingId).update();
    }

    /** Reads the listing and locks its row until the transaction ends: checkouts of one item queue here. */
    Optional<Listing> lock(UUID listingId) {
        return withPhotos(jdbc.sql("select * from listing where id = :id for update").param("id", listingId)
                .query((rs, row) -> listing(rs)).list()).stream().findFirst();
    }

    Optional<Listing> find(UUID listingId) {
        return findAll(List.of(listingId)).stream().findFirst();
    }

    List<Listing> findAll(Collection<UUID> listingIds) {
        if (listingIds.isEmpty()) {
            return List.of();
        }
        return withPhotos(jdbc.sql("select * from listing where id in (:ids)").param("ids", listingIds)
                .query((rs, row) -> listing(rs)).list());
    }

    List<Listing> ofOrganisation(UUID organisationId) {
        return withPhotos(jdbc.sql("select * from listing where organisation_id = :organisation order by listed_at desc")
                .param("organisation", organisationId).query((rs, row) -> listing(rs)).list());
    }

    List<UUID> liveOfOrganisation(UUID organisationId) {
        return jdbc.sql("select id from listing where organisation_id = :organisation and status in ('ON_SALE', 'OFF_SALE')")
                .param("organisation", organisationId).query(UUID.class).list();
    }

    /** Whether the stamped item is sold now (a listing of it stands sold). */
    boolean sold(String stampCode) {
        return jdbc.sql("select exists (select 1 from listing where stamp_code = :code and status = 'SOLD')")
                .param("code", stampCode).query(Boolean.class).single();
    }

    List<UUID> liveOfStamp(String stampCode) {
        return jdbc.sql("select id from listing where stamp_code = :code and status in ('ON_SALE', 'OFF_SALE')")
                .param("code", stampCode).query(UUID.class).list();
    }

    /** Walks every listing in id order, a batch at a time, for a full reindex. */
    void forEachBatch(int batchSize, Consumer<List<Listing>> consumer) {
        @Nullable UUID after = null;
        List<Listing> batch;
        while (!(batch = jdbc.sql("""
                        select * from listing where (cast(:after as uuid) is null or id > :after)
                        order by id limit :limit""")
                .param("after", after).param("limit", batchSize).query((rs, row) -> listing(rs)).list()).isEmpty()) {
            batch = withPhotos(batch);
            consumer.accept(batch);
            after = batch.getLast().id();
        }
    }

    List<UUID> changedSince(Instant since) {
        return jdbc.sql("select id from listing where updated_at >= :since").param("since", Timestamp.from(since))
                .query(UUID.class).list();
    }

    UUID insertPhoto(UUID listingId, String contentType, byte[] content, Instant now) {
        return jdbc.sql("""
                        insert into listing_photo (listing_id, position, content_type, content, uploaded_at)
                        values (:listing, (select coalesce(max(position), 0) + 1 from listing_photo where listing_id = :listing),
                                :type, :content, :now)
                        returning id""")
                .param("listing", listingId).param("type", contentType).param("content", content)
                .param("now", Timestamp.from(now)).query(UUID.class).single();
    }

    boolean deletePhoto(UUID listingId, UUID photoId) {
        return jdbc.sql("delete from listing_photo where id = :id and listing_id = :listing")
                .param("id", photoId).param("listing", listingId).update() == 1;
    }

    Optional<Photo> photo(UUID listingId, UUID photoId) {
        return jdbc.sql("select content_type, content from listing_photo where id = :id and listing_id = :listing")
                .param("id", photoId).param("listing", listingId)
                .query((rs, row) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    private static Map<String, @Nullable Object> draftParameters(ListingDraft draft, UUID siteId) {
        Map<String, @Nullable Object> parameters = new HashMap<>();
        parameters.put("site", siteId);
        parameters.put("title", draft.title());
        parameters.put("description", draft.description());
        parameters.put("currency", draft.currency());
        parameters.put("price", draft.price());
        parameters.put("pickup", draft.pickup());
        parameters.put("shipping", draft.shippingPrice());
        return parameters;
    }

    /** Fills in the photo ids of many listings with one query. */
    private List<Listing> withPhotos(List<Listing> listings) {
        if (listings.isEmpty()) {
            return listings;
        }
        Map<UUID, List<UUID>> photos = new HashMap<>();
        jdbc.sql("select listing_id, id from listing_photo where listing_id in (:ids) order by position")
                .param("ids", listings.stream().map(Listing::id).toList())
                .query((rs, row) -> photos.computeIfAbsent(rs.getObject("listing_id", UUID.class), id -> new ArrayList<>())
                        .add(rs.getObject("id", UUID.class)))
                .list();
        return listings.stream().map(listing -> listing.withPhotos(photos.getOrDefault(listing.id(), List.of()))).toList();
    }

    private Listing listing(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String currency = rs.getString("currency");
        BigDecimal shipping = rs.getBigDecimal("shipping_price");
        Timestamp reservedUntil = rs.getTimestamp("reserved_until");
        int battery = rs.getInt("battery_health");
        Integer batteryHealth = rs.wasNull() ? null : battery;
        return new Listing(id, rs.getObject("organisation_id", UUID.class), rs.getString("stamp_code"),
                rs.getObject("site_id", UUID.class), rs.getString("title"), rs.getString("description"),
                Money.of(rs.getBigDecimal("price").toPlainString(), currency), rs.getBoolean("pickup"),
                shipping == null ? null : Money.of(shipping.toPlainString(), currency),
                ListingStatus.valueOf(rs.getString("status")), rs.getString("off_sale_reason"),
                reservedUntil == null ? null : reservedUntil.toInstant(), rs.getString("category"),
                rs.getString("brand"), rs.getString("model"), Grade.valueOf(rs.getString("grade")), batteryHealth,
                List.of(), rs.getTimestamp("listed_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
