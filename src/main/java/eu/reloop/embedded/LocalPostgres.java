package eu.reloop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 17 server from the zonky binaries, running as a child process. Its data folder is kept
 * between runs, so whatever a user entered is still there after a restart.
 *
 * <p>It has the two roles a production database has: {@link #OWNER}, which Flyway migrates with and which
 * owns every table, and {@link #RUNTIME}, which the application connects as and which owns nothing (what it
 * may do, the migrations grant). Neither is a superuser; local connections need no password.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The server's own superuser: only for setting up the roles (and for tests that act behind ReLoop's back). */
    public static final String SUPERUSER = "postgres";
    /** The role that migrates the schema and owns it. */
    public static final String OWNER = "reloop";
    /** The role the application connects as. */
    public static final String RUNTIME = "reloop_app";

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private LocalPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on a free loopback port, creating the data folder on first use. */
    public static LocalPostgres start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The application closes the server itself; a second hook would race with it.
                    .setRegisterShutdownHook(false)
                    .start();
            LocalPostgres postgres = new LocalPostgres(server, directory);
            try {
                postgres.createRoles();
            } catch (SQLException e) {
                postgres.close();
                throw new IllegalStateException("Cannot set up ReLoop's roles in the embedded PostgreSQL: " + e.getMessage(), e);
            }
            log.info("PostgreSQL is running at {} (data in {})", postgres.jdbcUrl(), directory);
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("""
                    Embedded PostgreSQL could not start with data folder %s: %s. \
                    Check that the folder is writable and not used by another running ReLoop, \
                    or set SPRING_DATASOURCE_URL to use a PostgreSQL server of your own."""
                    .formatted(directory, e.getMessage()), e);
        }
    }

    /** The URL without a user: each role connects with its own name. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether the server accepts connections (the process zonky hands back is pg_ctl, which exits early). */
    public boolean isRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * Creates both roles when they are missing, and hands the owner role what a data folder from before them
     * holds: those tables and functions were made by the superuser, and only their owner may migrate them.
     */
    private void createRoles() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    declare
                        object record;
                    begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login;
                        end if;
                        if not exists (select from pg_roles where rolname = '%2$s') then
                            create role %2$s login;
                        end if;
                        grant create on schema public to %1$s;
                        -- Tables first: their identity and serial sequences follow them.
                        for object in select c.relname, c.relkind from pg_class c
                                      where c.relnamespace = 'public'::regnamespace and c.relowner = '%3$s'::regrole
                                        and c.relkind in ('r', 'p', 'v') loop
                            execute format('alter %%s %%I owner to %1$s',
                                           case object.relkind when 'v' then 'view' else 'table' end, object.relname);
                        end loop;
                        for object in select c.relname from pg_class c
                                      where c.relnamespace = 'public'::regnamespace and c.relowner = '%3$s'::regrole
                                        and c.relkind = 'S' loop
                            execute format('alter sequence %%I owner to %1$s', object.relname);
                        end loop;
                        for object in select p.oid::regprocedure as signature from pg_proc p
                                      where p.pronamespace = 'public'::regnamespace and p.proowner = '%3$s'::regrole loop
                            execute format('alter routine %%s owner to %1$s', object.signature);
                        end loop;
                    end
                    $$""".formatted(OWNER, RUNTIME, SUPERUSER));
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            log.info("PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
