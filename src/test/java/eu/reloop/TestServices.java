package eu.reloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import eu.reloop.embedded.LocalElasticsearch;
import eu.reloop.embedded.LocalPostgres;
import eu.reloop.payment.FakeStripe;

/**
 * One PostgreSQL and one Elasticsearch for the whole test run, started on first use in throw-away
 * folders and stopped when the test JVM exits, and a stand-in for the Stripe API ({@link FakeStripe}).
 * Every test context points at them through the same properties an operator would set, so tests run
 * the production wiring, not the embedded one.
 */
public final class TestServices {

    private static final Path ROOT = createRoot();
    private static final LocalPostgres POSTGRES = LocalPostgres.start(ROOT.resolve("postgres"));
    private static final LocalElasticsearch ELASTICSEARCH = LocalElasticsearch.start(elasticsearchHome(),
            ROOT.resolve("elasticsearch"), "512m", Duration.ofMinutes(3));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ELASTICSEARCH.close();
            POSTGRES.close();
            deleteRecursively(ROOT);
        }, "test-services-stop"));
    }

    private TestServices() {
    }

    public static LocalPostgres postgres() {
        return POSTGRES;
    }

    public static LocalElasticsearch elasticsearch() {
        return ELASTICSEARCH;
    }

    /** The distribution the build unpacked (the Surefire configuration passes its path). */
    public static Path elasticsearchHome() {
        return Path.of(System.getProperty("reloop.embedded.elasticsearch.home",
                "target/elasticsearch/elasticsearch-8.19.21"));
    }

    /** A folder that a child process running as {@code nobody} can enter, deleted at JVM exit. */
    public static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(ROOT, prefix);
            folder.toFile().setExecutable(true, false);
            folder.toFile().setReadable(true, false);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points a test application context at the shared servers. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + POSTGRES.jdbcUrl(),
                    "spring.datasource.username=" + POSTGRES.username(),
                    "reloop.elasticsearch.url=" + ELASTICSEARCH.url(),
                    // Every test calls the API from 127.0.0.1: more than the whole run sends, hardly refilled, so
                    // that RateLimitTests can empty a bucket of its own and find it still empty a moment later.
                    "reloop.rate-limits.api.capacity=100000",
                    "reloop.rate-limits.api.refill-period=1000d",
                    // Tests that tamper with the stamp log run the audit themselves and put the log back; a scheduled
                    // audit in the middle of one would report the tampering as the suite's last word on health.
                    "reloop.stamp.audit-delay=1000d"
            ).and(FakeStripe.properties()).applyTo(context);
            // Replaces the application clock (it yields to an existing one) so that tests can move time.
            context.getBeanFactory().registerSingleton("testClock", new TestClock());
        }
    }

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("reloop-tests-");
            // Elasticsearch runs as nobody when the tests run as root: it must be able to enter the folder.
            root.toFile().setExecutable(true, false);
            root.toFile().setReadable(true, false);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: the folder is in the system temp directory anyway.
        }
    }
}
