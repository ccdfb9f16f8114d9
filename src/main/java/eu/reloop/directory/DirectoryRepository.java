package eu.reloop.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.geo.GeoPoint;

/** Organisations, sites, opening hours and offerings in PostgreSQL. */
@Repository
class DirectoryRepository {

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertOrganisation(OrganisationKind kind, OrganisationDetails details, Instant now) {
        return jdbc.sql("""
                        insert into organisation (kind, legal_name, country, organisation_number, description, website,
                                                  phone, email, languages, created_at, updated_at)
                        values (:kind, :name, :country, :number, :description, :website, :phone, :email,
                                string_to_array(:languages, ','), :now, :now) returning id""")
                .param("kind", kind.name()).params(detailParameters(details)).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    boolean updateOrganisation(UUID id, OrganisationDetails details, Instant now) {
        return jdbc.sql("""
                        update organisation set legal_name = :name, country = :country, organisation_number = :number,
                               description = :description, website = :website, phone = :phone, email = :email,
                               languages = string_to_array(:languages, ','), updated_at = :now
                        where id = :id""")
                .param("id", id).params(detailParameters(details)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The organisation registered under this number, other than {@code except}. */
    Optional<UUID> organisationWithNumber(String country, String number, @Nullable UUID except) {
        return jdbc.sql("""
                        select id from organisation where country = :country and organisation_number = :number
                        and id is distinct from :except""")
                .param("country", country).param("number", number).param("except", except)
                .query(UUID.class).optional();
    }

    /** The organisation's legal name and kind, for staff notices and the role its staff get. */
    Optional<Organisation> organisation(UUID organisationId) {
        return findProfiles(List.of(organisationId)).stream().findFirst().map(OrganisationProfile::organisation);
    }

    boolean touch(UUID organisationId, Instant now) {
        return jdbc.sql("update organisation set updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", organisationId).update() == 1;
    }

    UUID insertSite(UUID organisationId, SiteDetails site, Instant now) {
        UUID id = jdbc.sql("""
                        insert into site (organisation_id, name, street, postcode, town, country, latitude, longitude,
                                          created_at)
                        values (:organisation, :name, :street, :postcode, :town, :country, :lat, :lon, :now)
                        returning id""")
                .param("organisation", organisationId).params(siteParameters(site)).param("now", Timestamp.from(now))
                .query(UUID.class).single();
        insertSiteChildren(id, site);
        return id;
    }

    boolean updateSite(UUID organisationId, UUID siteId, SiteDetails site) {
        int updated = jdbc.sql("""
                        update site set name = :name, street = :street, postcode = :postcode, town = :town,
                               country = :country, latitude = :lat, longitude = :lon
                        where id = :id and organisation_id = :organisation""")
                .param("id", siteId).param("organisation", organisationId).params(siteParameters(site)).update();
        if (updated == 0) {
            return false;
        }
        for (String table : List.of("site_weekly_opening", "site_opening_exception", "site_offering")) {
            jdbc.sql("delete from " + table + " where site_id = :id").param("id", siteId).update();
        }
        insertSiteChildren(siteId, site);
        return true;
    }

    boolean deleteSite(UUID organisationId, UUID siteId) {
        return jdbc.sql("delete from site where id = :id and organisation_id = :organisation")
                .param("id", siteId).param("organisation", organisationId).update() == 1;
    }

    /**
     * Profiles in the order of the ids given; unknown ids are left out. Their certification is left
     * {@link CertificationStanding#NOT_CERTIFIED}: the registry, not this table, knows it.
     */
    List<OrganisationProfile> findProfiles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Organisation> organisations = new LinkedHashMap<>();
        jdbc.sql("select * from organisation where id in (:ids)").param("ids", ids)
                .query((rs, row) -> mapOrganisation(rs)).list()
                .forEach(organisation -> organisations.put(organisation.id(), organisation));
        if (organisations.isEmpty()) {
            // None of them exists: nothing to read further (and "in ()" is no SQL).
            return List.of();
        }
        Map<UUID, List<Site>> sites = findSites(organisations.keySet());
        Map<UUID, RepairTerms> terms = findRepairTerms(organisations.keySet());
        List<OrganisationProfile> profiles = new ArrayList<>();
        for (UUID id : ids) {
            Organisation organisation = organisations.get(id);
            if (organisation != null) {
                profiles.add(new OrganisationProfile(organisation, sites.getOrDefault(id, List.of()),
                        terms.getOrDefault(id, RepairTerms.NONE)));
            }
        }
        return profiles;
    }

    private Map<UUID, RepairTerms> findRepairTerms(Collection<UUID> organisationIds) {
        Map<UUID, RepairTerms> terms = new HashMap<>();
        jdbc.sql("select * from organisation_repair_terms where organisation_id in (:ids)").param("ids", organisationIds)
                .query((RowCallbackHandler) rs -> {
                    int days = rs.getInt("typical_repair_days");
                    Integer typicalRepairDays = rs.wasNull() ? null : days;
                    terms.put(rs.getObject("organisation_id", UUID.class), new RepairTerms(typicalRepairDays,
                            rs.getBoolean("loan_device"), enums(rs.getArray("hand_over"), HandOver.class),
                            enums(rs.getArray("extra_services"), ExtraService.class)));
                });
        return terms;
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(name -> Enum.valueOf(type, (String) name))
                .collect(Collectors.toSet());
    }

    void saveRepairTerms(UUID organisationId, RepairTerms terms) {
        jdbc.sql("""
                        insert into organisation_repair_terms (organisation_id, typical_repair_days, loan_device, hand_over,
                                                               extra_services)
                        values (:organisation, :days, :loan, :handOver, :extras)
                        on conflict (organisation_id) do update set typical_repair_days = excluded.typical_repair_days,
                            loan_device = excluded.loan_device, hand_over = excluded.hand_over,
                            extra_services = excluded.extra_services""")
                .param("organisation", organisationId).param("days", terms.typicalRepairDays())
                .param("loan", terms.loanDevice())
                .param("handOver", terms.handOver().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("extras", terms.extraServices().stream().map(Enum::name).sorted().toArray(String[]::new))
                .update();
    }

    /** Sites by id with their organisation's name; unknown ids are left out, standing still to be read. */
    List<SitePlace> findSitePlaces(Collection<UUID> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.id, s.organisation_id, o.legal_name, s.name, s.latitude, s.longitude, s.street,
                               s.postcode, s.town, s.country, o.updated_at
                        from site s join organisation o on o.id = s.organisation_id where s.id in (:ids)""")
                .param("ids", siteIds)
                .query((rs, row) -> new SitePlace(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getString("legal_name"), rs.getString("name"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getString("street"),
                        rs.getString("postcode"), rs.getString("town"), rs.getString("country").strip(),
                        CertificationStanding.NOT_CERTIFIED, rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** One page of organisation ids in id order, for walking the whole directory. */
    List<UUID> organisationIdsAfter(@Nullable UUID after, int limit) {
        return jdbc.sql("""
                        select id from organisation where (cast(:after as uuid) is null or id > :after)
                        order by id limit :limit""")
                .param("after", after).param("limit", limit).query(UUID.class).list();
    }

    long siteCount() {
        return jdbc.sql("select count(*) from site").query(Long.class).single();
    }

    /** To the millisecond, counted in SQL: the driver's parsing of 50,000 timestamps took longer than the query. */
    Map<UUID, Instant> lastChanges() {
        Map<UUID, Instant> changes = new HashMap<>();
        jdbc.sql("select id, floor(extract(epoch from updated_at) * 1000)::bigint as changed from organisation")
                .query((RowCallbackHandler) rs ->
                        changes.put(rs.getObject("id", UUID.class), Instant.ofEpochMilli(rs.getLong("changed"))));
        return changes;
    }

    List<UUID> organisationIdsUpdatedSince(Instant since) {
        return jdbc.sql("select id from organisation where updated_at >= :since")
                .param("since", Timestamp.from(since)).query(UUID.class).list();
    }

    List<DeviceCategory> categories() {
        return jdbc.sql("select * from device_category order by position").query((rs, row) -> new DeviceCategory(
                rs.getString("code"),
                Map.of("en", rs.getString("name_en"), "nb", rs.getString("name_nb"),
                        "da", rs.getString("name_da"), "sv", rs.getString("name_sv"), "fi", rs.getString("name_fi")),
                rs.getInt("position"))).list();
    }

    private void insertSiteChildren(UUID siteId, SiteDetails site) {
        for (WeeklyOpening opening : site.hours().weekly()) {
            jdbc.sql("""
                            insert into site_weekly_opening (site_id, day_of_week, opens, closes)
                            values (:site, :day, :opens, :closes)""")
                    .param("site", siteId).param("day", opening.day().getValue())
                    .param("opens", opening.opens()).param("closes", opening.closes()).update();
        }
        for (OpeningException exception : site.hours().exceptions()) {
            jdbc.sql("""
                            insert into site_opening_exception (site_id, on_date, opens, closes, note)
                            values (:site, :date, :opens, :closes, :note)""")
                    .param("site", siteId).param("date", exception.date()).param("opens", exception.opens())
                    .param("closes", exception.closes()).param("note", exception.note()).update();
        }
        for (Offering offering : site.offerings()) {
            jdbc.sql("insert into site_offering (site_id, category_code, service) values (:site, :category, :service)")
                    .param("site", siteId).param("category", offering.categoryCode())
                    .param("service", offering.service().name()).update();
        }
    }

    private Map<UUID, List<Site>> findSites(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        record SiteRow(UUID id, UUID organisationId, String name, Address address, GeoPoint location) {
        }
        List<SiteRow> rows = jdbc.sql("select * from site where organisation_id in (:ids) order by created_at, id")
                .param("ids", organisationIds)
                .query((rs, row) -> new SiteRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        new Address(rs.getString("street"), rs.getString("postcode"), rs.getString("town"),
                                rs.getString("country")),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))).list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<UUID> siteIds = rows.stream().map(SiteRow::id).collect(Collectors.toSet());
        Map<UUID, List<WeeklyOpening>> weekly = jdbc.sql("""
                        select site_id, day_of_week, %s, %s from site_weekly_opening where site_id in (:ids)"""
                        .formatted(seconds("opens"), seconds("closes")))
                .param("ids", siteIds)
                .query((rs, row) -> Map.entry(rs.getObject("site_id", UUID.class), new WeeklyOpening(
                        DayOfWeek.of(rs.getInt("day_of_week")), localTime(rs, "opens"), localTime(rs, "closes"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<OpeningException>> exceptions = jdbc.sql("""
                        select site_id, on_date, %s, %s, note from site_opening_exception where site_id in (:ids)
                        order by on_date""".formatted(seconds("opens"), seconds("closes")))
                .param("ids", siteIds)
                .query((rs, row) -> Map.entry(rs.getObject("site_id", UUID.class), new OpeningException(
                        rs.getObject("on_date", LocalDate.class), localTime(rs, "opens"), localTime(rs, "closes"),
                        rs.getString("note"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, Set<Offering>> offerings = jdbc.sql("select * from site_offering where site_id in (:ids)")
                .param("ids", siteIds)
                .query((rs, row) -> Map.entry(rs.getObject("site_id", UUID.class), new Offering(
                        rs.getString("category_code"), OfferedService.valueOf(rs.getString("service")))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(HashSet::new))));
        return rows.stream().collect(Collectors.groupingBy(SiteRow::organisationId, LinkedHashMap::new,
                Collectors.mapping(row -> new Site(row.id(), row.organisationId(), new SiteDetails(row.name(),
                        row.address(), row.location(),
                        new OpeningHours(weekly.getOrDefault(row.id(), List.of()), exceptions.getOrDefault(row.id(), List.of())),
                        offerings.getOrDefault(row.id(), Set.of()))), Collectors.toList())));
    }

    private static Map<String, @Nullable Object> detailParameters(OrganisationDetails details) {
        Map<String, @Nullable Object> parameters = new java.util.HashMap<>();
        parameters.put("name", details.legalName());
        parameters.put("country", details.country());
        parameters.put("number", details.organisationNumber());
        parameters.put("description", details.description());
        parameters.put("website", details.website());
        parameters.put("phone", details.phone());
        parameters.put("email", details.email());
        parameters.put("languages", String.join(",", details.languages().stream().sorted().toList()));
        return parameters;
    }

    private static Map<String, Object> siteParameters(SiteDetails site) {
        return Map.of("name", site.name(), "street", site.address().street(), "postcode", site.address().postcode(),
                "town", site.address().town(), "country", site.address().country(),
                "lat", site.location().latitude(), "lon", site.location().longitude(), "zone", site.timeZone().getId());
    }

    /**
     * A time column as its second of the day, named as the column. The driver parses a {@code time} through
     * a general date-time formatter; for the whole directory (hundreds of thousands of opening rows in a full
     * reindex) that parsing took longer than the query.
     */
    private static String seconds(String column) {
        return "cast(extract(epoch from " + column + ") as integer) as " + column;
    }

    private static @Nullable LocalTime localTime(ResultSet rs, String column) throws SQLException {
        int second = rs.getInt(column);
        return rs.wasNull() ? null : LocalTime.ofSecondOfDay(second);
    }

    private static Organisation mapOrganisation(ResultSet rs) throws SQLException {
        Array languages = rs.getArray("languages");
        Set<String> languageSet = languages == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) languages.getArray()));
        OrganisationDetails details = new OrganisationDetails(rs.getString("legal_name"), rs.getString("country").strip(),
                rs.getString("organisation_number"), rs.getString("description"), rs.getString("website"),
                rs.getString("phone"), rs.getString("email"), languageSet);
        return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind")),
                CertificationStanding.NOT_CERTIFIED, details,
                rs.getTimestamp("updated_at").toInstant());
    }
}
