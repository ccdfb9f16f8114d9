package eu.reloop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 17 server from the zonky binaries, running as a child process. Its data folder is kept
 * between runs, so whatever a user entered is still there after a restart.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static final String USER = "postgres";
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
            log.info("PostgreSQL is running at {} (data in {})", server.getJdbcUrl(USER, DATABASE), directory);
            return new LocalPostgres(server, directory);
        } catch (IOException e) {
            throw new IllegalStateException("""
                    Embedded PostgreSQL could not start with data folder %s: %s. \
                    Check that the folder is writable and not used by another running ReLoop, \
                    or set SPRING_DATASOURCE_URL to use a PostgreSQL server of your own."""
                    .formatted(directory, e.getMessage()), e);
        }
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
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
