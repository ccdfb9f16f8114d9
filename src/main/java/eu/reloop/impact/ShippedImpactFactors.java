package eu.reloop.impact;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import eu.reloop.shared.JavaMigrationStep;

/**
 * Migration 39.1: the first factor table, {@code impact/factors-v1.csv}, read by the same rules an admin's table is, so
 * that the shipped file is the one place its figures are written.
 */
@Component
class ShippedImpactFactors extends JavaMigrationStep {

    static final String TABLE = "impact/factors-v1.csv";

    ShippedImpactFactors() {
        super("39.1", "shipped impact factors");
    }

    @Override
    public void migrate(Context context) throws Exception {
        // Flyway's connection, so that the table is read and written inside the migration's transaction.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        Set<String> categories = jdbc.sql("select code from device_category").query(String.class).set();
        List<ImpactFactor> factors;
        try (Reader csv = new InputStreamReader(Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream(TABLE), TABLE), StandardCharsets.UTF_8)) {
            factors = FactorTable.read(csv, categories, Year.now().getValue());
        }
        // The repository's own insert, so that versions are written one way.
        new ImpactRepository(jdbc).insertVersion(new FactorVersion(1, Instant.now(), "ReLoop",
                "The Restart Project's Fixometer LCA data (2021, CC BY-SA 4.0), 50 % displacement", factors));
    }
}
