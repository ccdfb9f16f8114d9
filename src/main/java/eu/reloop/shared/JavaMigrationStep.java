package eu.reloop.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, for a step SQL cannot take (it reads a file or talks to a key store), with its version
 * and description said once. Spring Boot hands every such bean to Flyway, which runs it in order with the SQL ones.
 */
public abstract class JavaMigrationStep implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JavaMigrationStep(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** None: what a Java step does cannot be summed up from its source, and it runs once. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
