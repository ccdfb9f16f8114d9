package eu.reloop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch on a free loopback port, run from the distribution the build unpacks.
 *
 * <p>Elasticsearch refuses to run as root. When this JVM is root, the node runs as {@code nobody}
 * (through {@code setpriv}) with its config, data, log and temp folders owned by that user; the
 * distribution itself stays root-owned and only needs to be readable.
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final URI url;

    private LocalElasticsearch(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts the node and waits until the cluster is yellow or green.
     *
     * @param home the unpacked distribution (holds {@code bin/elasticsearch})
     * @param dataDirectory where the node keeps its data, logs and config copy between runs
     * @param heap the JVM heap, for example {@code 512m}
     * @param startupTimeout how long to wait for a healthy cluster
     */
    public static LocalElasticsearch start(Path home, Path dataDirectory, String heap, Duration startupTimeout) {
        Path distribution = home.toAbsolutePath().normalize();
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (!Files.isExecutable(distribution.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("""
                    No Elasticsearch distribution at %s. The build unpacks it there: run ./mvnw generate-resources \
                    (./mvnw spring-boot:run and ./mvnw verify do it for you), set reloop.embedded.elasticsearch.home, \
                    or set RELOOP_ELASTICSEARCH_URL to use an Elasticsearch server of your own.""".formatted(distribution));
        }
        boolean asRoot = isRoot();
        if (asRoot) {
            distribution = readableByUnprivilegedUser(distribution);
            directory = reachableByUnprivilegedUser(directory);
        }
        Folders folders = Folders.prepare(distribution, directory, asRoot);
        int httpPort = freePort();
        int transportPort = freePort();

        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP,
                    "--clear-groups"));
        }
        command.addAll(List.of(distribution.resolve("bin/elasticsearch").toString(),
                "-Ecluster.name=reloop-local",
                "-Enode.name=reloop-local",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + folders.data(),
                "-Epath.logs=" + folders.logs(),
                "-Expack.security.enabled=false",
                // A nearly full developer disk must not turn the indices read-only.
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folders.console().toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_PATH_CONF", folders.config().toString());
        builder.environment().put("ES_TMPDIR", folders.tmp().toString());
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        builder.environment().remove("JAVA_TOOL_OPTIONS");

        URI url = URI.create("http://127.0.0.1:" + httpPort);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch could not be launched: " + e.getMessage()
                    + (asRoot ? " (running as root needs the setpriv command from util-linux)" : ""), e);
        }
        LocalElasticsearch node = new LocalElasticsearch(process, url);
        try {
            node.awaitHealthy(startupTimeout, folders.console());
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        log.info("Elasticsearch is running at {} (data in {}{})", url, directory, asRoot ? ", as user nobody" : "");
        return node;
    }

    public URI url() {
        return url;
    }

    public boolean isRunning() {
        return process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive);
    }

    /** Stops the node and the server process its launcher started, and nothing else. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Elasticsearch did not stop within {}; killing it", STOP_GRACE);
                process.destroyForcibly().waitFor();
            }
            for (ProcessHandle child : descendants) {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
                child.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Elasticsearch stop did not complete cleanly: {}", e.toString());
        }
        log.info("Elasticsearch stopped");
    }

    private void awaitHealthy(Duration timeout, Path console) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited during start-up with code " + process.exitValue()
                        + ". Last lines of " + console + ":\n" + tail(console));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The node opens its HTTP port late in its start-up; keep polling.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Elasticsearch did not become healthy within " + timeout
                + ". Raise reloop.embedded.elasticsearch.startup-timeout on a slow machine. Last lines of "
                + console + ":\n" + tail(console));
    }

    private static String tail(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for Elasticsearch", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * The distribution itself when {@code nobody} can read it; otherwise (a project under /root, say)
     * a world-readable copy in the temp folder, made once.
     */
    private static Path readableByUnprivilegedUser(Path distribution) {
        if (unprivilegedUserPasses("test -r '%s/lib' && test -x '%s/bin/elasticsearch'", distribution, distribution)) {
            return distribution;
        }
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "reloop-" + distribution.getFileName());
        if (!Files.isExecutable(copy.resolve("bin/elasticsearch"))) {
            Path partial = copy.resolveSibling(copy.getFileName() + ".partial");
            run("rm", "-rf", partial.toString());
            run("cp", "-a", distribution.toString(), partial.toString());
            run("chmod", "-R", "a+rX", partial.toString());
            run("mv", "-T", partial.toString(), copy.toString());
        }
        log.warn("User nobody cannot read {}; Elasticsearch runs from a copy in {}", distribution, copy);
        return copy;
    }

    /** The data folder itself when {@code nobody} can reach its parent; otherwise a stand-in under /var/tmp. */
    private static Path reachableByUnprivilegedUser(Path directory) {
        if (unprivilegedUserPasses("test -x '%s'", nearestExistingAncestor(directory.getParent()))) {
            return directory;
        }
        String key = Integer.toHexString(directory.toString().hashCode());
        Path standIn = Path.of("/var/tmp", "reloop-elasticsearch-" + key);
        log.warn("User nobody cannot reach {}; Elasticsearch keeps its data in {} instead", directory, standIn);
        return standIn;
    }

    private static Path nearestExistingAncestor(Path path) {
        Path existing = path;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    private static boolean unprivilegedUserPasses(String shellTest, Object... paths) {
        return run("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP, "--clear-groups",
                "sh", "-c", shellTest.formatted(paths)) == 0;
    }

    private static int run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command[0] + ": " + e.getMessage()
                    + " (running Elasticsearch as root needs setpriv from util-linux)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }

    /** The node's own folders under the data folder, handed to the unprivileged user when running as root. */
    private record Folders(Path config, Path data, Path logs, Path tmp, Path console) {

        static Folders prepare(Path distribution, Path directory, boolean asRoot) {
            Folders folders = new Folders(directory.resolve("config"), directory.resolve("data"),
                    directory.resolve("logs"), directory.resolve("tmp"), directory.resolve("logs/console.log"));
            try {
                for (Path folder : List.of(folders.config, folders.data, folders.logs, folders.tmp)) {
                    Files.createDirectories(folder);
                }
                copyConfig(distribution.resolve("config"), folders.config);
                if (asRoot) {
                    handToUnprivilegedUser(directory);
                    requireAccess(distribution, directory);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot prepare the Elasticsearch folder " + directory + ": "
                        + e.getMessage() + ". Set reloop.embedded.elasticsearch.data-dir to a writable folder.", e);
            }
            return folders;
        }

        /** A fresh copy each start, so that a newer distribution's defaults always apply. */
        private static void copyConfig(Path source, Path target) throws IOException {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }

        private static void handToUnprivilegedUser(Path directory) throws IOException {
            var users = directory.getFileSystem().getUserPrincipalLookupService();
            var user = users.lookupPrincipalByName(UNPRIVILEGED_USER);
            var group = users.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.toList()) {
                    Files.setOwner(path, user);
                    Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class)
                            .setGroup(group);
                }
            }
        }

        /** Fails early, with the reason, when a folder on the way is still closed to the unprivileged user. */
        private static void requireAccess(Path distribution, Path directory) {
            if (!unprivilegedUserPasses("test -r '%s/lib' && test -w '%s'", distribution, directory.resolve("data"))) {
                throw new IllegalStateException("""
                        Elasticsearch refuses to run as root, so it runs as user nobody, who cannot read %s \
                        or write %s. Run ReLoop as a normal user, point reloop.embedded.elasticsearch.data-dir \
                        at a folder others may enter, or set RELOOP_ELASTICSEARCH_URL.""".formatted(distribution, directory));
            }
        }
    }
}
