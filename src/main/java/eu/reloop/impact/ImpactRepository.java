package eu.reloop.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Factor versions, impact records and open-data snapshots in PostgreSQL. */
@Repository
class ImpactRepository {

    private static final String ROWS = """
            select to_char(occurred_at at time zone 'UTC', 'YYYY-MM') as month, country, region, municipality,
                   min(latitude) as latitude, min(longitude) as longitude, kind, category, factor_version,
                   count(*) as items, sum(kg_co2e) as kg_co2e, sum(kg_waste) as kg_waste, sum(mass_kg) as mass_kg,
                   sum(metals_kg) as metals_kg, sum(plastics_kg) as plastics_kg, sum(glass_kg) as glass_kg,
                   sum(other_kg) as other_kg
            from impact_record where voided_at is null and %s
            group by month, country, region, municipality, kind, category, factor_version
            order by month, country, region, municipality, kind, category, factor_version""";

    private final JdbcClient jdbc;

    ImpactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertVersion(FactorVersion version) {
        jdbc.sql("insert into impact_factor_version (version, published_at, published_by, note) values (:v, :at, :by, :note)")
                .param("v", version.version()).param("at", Timestamp.from(version.publishedAt()))
                .param("by", version.publishedBy()).param("note", version.note()).update();
        for (ImpactFactor factor : version.factors()) {
            jdbc.sql("""
                            insert into impact_factor (version, category, production_kg_co2e, typical_weight_kg, displacement,
                                                       source, source_year, quality)
                            values (:v, :category, :production, :weight, :displacement, :source, :year, :quality)""")
                    .param("v", version.version()).param("category", factor.category())
                    .param("production", factor.productionKgCo2e()).param("weight", factor.typicalWeightKg())
                    .param("displacement", factor.displacement()).param("source", factor.source())
                    .param("year", factor.sourceYear()).param("quality", factor.quality().name()).update();
        }
    }

    /** Every version, newest first, with its factors. */
    List<FactorVersion> versions() {
        Map<Integer, List<ImpactFactor>> factors = jdbc.sql("select * from impact_factor order by version, category")
                .query((rs, row) -> Map.entry(rs.getInt("version"), factor(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from impact_factor_version order by version desc")
                .query((rs, row) -> new FactorVersion(rs.getInt("version"), rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by"), rs.getString("note"),
                        factors.getOrDefault(rs.getInt("version"), List.of()))).list();
    }

    /** One version with its factors: the newest when {@code version} is null. */
    Optional<FactorVersion> version(@Nullable Integer version) {
        return jdbc.sql("""
                        select * from impact_factor_version where version = coalesce(cast(:version as integer),
                                                                                  (select max(version) from impact_factor_version))""")
                .param("version", version)
                .query((rs, row) -> {
                    int found = rs.getInt("version");
                    List<ImpactFactor> factors = jdbc.sql("select * from impact_factor where version = :version order by category")
                            .param("version", found).query((factor, number) -> factor(factor)).list();
                    return new FactorVersion(found, rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                            rs.getString("note"), factors);
                }).optional();
    }

    /** Counts the record once: a repeated report of the same sale, repair or device changes nothing. */
    boolean insert(ImpactRecord record) {
        ImpactRecord.Area area = record.area();
        Materials materials = record.materials();
        return jdbc.sql("""
                        insert into impact_record (kind, source_ref, category, organisation_id, person_email, occurred_at,
                                                   country, region, municipality, latitude, longitude, factor_version,
                                                   kg_co2e, kg_waste, mass_kg, metals_kg, plastics_kg, glass_kg, other_kg)
                        values (:kind, :ref, :category, :organisation, :person, :at, :country, :region, :municipality,
                                :lat, :lon, :version, :co2e, :waste, :mass, :metals, :plastics, :glass, :other)
                        on conflict (kind, source_ref) do nothing""")
                .param("kind", record.kind().name()).param("ref", record.sourceRef()).param("category", record.category())
                .param("organisation", record.organisationId()).param("person", record.personEmail())
                .param("at", Timestamp.from(record.occurredAt())).param("country", area.country())
                .param("region", area.region()).param("municipality", area.municipality())
                .param("lat", area.latitude()).param("lon", area.longitude()).param("version", record.factorVersion())
                .param("co2e", record.kgCo2e()).param("waste", record.kgWaste()).param("mass", record.massKg())
                .param("metals", materials == null ? null : materials.metalsKg())
                .param("plastics", materials == null ? null : materials.plasticsKg())
                .param("glass", materials == null ? null : materials.glassKg())
                .param("other", materials == null ? null : materials.otherKg()).update() == 1;
    }

    /** The sale was undone (the item came back): it no longer counts, from now on. */
    void voidRecord(ImpactKind kind, String sourceRef, Instant at) {
        jdbc.sql("update impact_record set voided_at = :at where kind = :kind and source_ref = :ref and voided_at is null")
                .param("at", Timestamp.from(at)).param("kind", kind.name()).param("ref", sourceRef).update();
    }

    /** A deleted account's records stay counted, without the person. */
    void forgetPerson(String email) {
        jdbc.sql("update impact_record set person_email = null where person_email = lower(:email)")
                .param("email", email).update();
    }

    void renamePerson(String from, String to) {
        jdbc.sql("update impact_record set person_email = lower(:to) where person_email = lower(:from)")
                .param("from", from).param("to", to).update();
    }

    List<ImpactRow> rows() {
        return jdbc.sql(ROWS.formatted("true")).query(this::row).list();
    }

    List<ImpactRow> rowsOfPerson(String email) {
        return jdbc.sql(ROWS.formatted("person_email = lower(:email)")).param("email", email).query(this::row).list();
    }

    List<ImpactRow> rowsOfOrganisation(UUID organisationId) {
        return jdbc.sql(ROWS.formatted("organisation_id = :organisation")).param("organisation", organisationId)
                .query(this::row).list();
    }

    boolean hasSnapshot(String dataset, LocalDate day) {
        return jdbc.sql("select exists (select 1 from open_data_snapshot where dataset = :dataset and day = :day)")
                .param("dataset", dataset).param("day", day).query(Boolean.class).single();
    }

    void insertSnapshot(String dataset, LocalDate day, Instant generatedAt, int factorVersion, String rowsJson) {
        jdbc.sql("""
                        insert into open_data_snapshot (dataset, day, generated_at, factor_version, rows)
                        values (:dataset, :day, :at, :version, cast(:rows as jsonb)) on conflict do nothing""")
                .param("dataset", dataset).param("day", day).param("at", Timestamp.from(generatedAt))
                .param("version", factorVersion).param("rows", rowsJson).update();
    }

    Optional<Snapshot> snapshot(String dataset, LocalDate day) {
        return jdbc.sql("select * from open_data_snapshot where dataset = :dataset and day = :day")
                .param("dataset", dataset).param("day", day)
                .query((rs, row) -> new Snapshot(rs.getTimestamp("generated_at").toInstant(), rs.getInt("factor_version"),
                        rs.getString("rows"))).optional();
    }

    /** A kept export: when it was made, with which factors, and its rows as JSON. */
    record Snapshot(Instant generatedAt, int factorVersion, String rowsJson) {
    }

    private ImpactFactor factor(ResultSet rs) throws SQLException {
        return new ImpactFactor(rs.getString("category"), rs.getBigDecimal("production_kg_co2e"),
                rs.getBigDecimal("typical_weight_kg"), rs.getBigDecimal("displacement"), rs.getString("source"),
                rs.getInt("source_year"), ImpactFactor.Quality.valueOf(rs.getString("quality")));
    }

    private ImpactRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new ImpactRow(rs.getString("month"), rs.getString("country"), rs.getString("region"),
                rs.getString("municipality"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                ImpactKind.valueOf(rs.getString("kind")), rs.getString("category"), rs.getInt("factor_version"),
                rs.getLong("items"), rs.getBigDecimal("kg_co2e"), rs.getBigDecimal("kg_waste"), rs.getBigDecimal("mass_kg"),
                rs.getBigDecimal("metals_kg"), rs.getBigDecimal("plastics_kg"), rs.getBigDecimal("glass_kg"), rs.getBigDecimal("other_kg"));
    }
}
