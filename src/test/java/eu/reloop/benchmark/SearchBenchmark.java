package eu.reloop.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;


import co.elastic.clients.elasticsearch.ElasticsearchClient;
import eu.reloop.ReLoopApplication;
import eu.reloop.TestSecurity;
import eu.reloop.benchmark.SearchMix.LocationSearch;
import eu.reloop.demo.DirectoryGenerator;
import eu.reloop.demo.DirectoryGenerator.GeneratedOrganisation;
import eu.reloop.embedded.LocalElasticsearch;
import eu.reloop.embedded.LocalPostgres;
import eu.reloop.directory.Organisations;
import eu.reloop.search.OrganisationHit;
import eu.reloop.search.OrganisationSearch;
import eu.reloop.search.SearchIndex;
import eu.reloop.search.SearchIndexes;
import eu.reloop.search.SearchPage;

/**
 * How fast the location search answers, measured against what it stands on. Loads a generated directory
 * (50,000 organisations by default) into a fresh PostgreSQL, indexes it with the full reindex (five times,
 * the median of the last three as the steady rate; then once more with every document built from the
 * directory again),
 * and runs a fixed, seeded mix of location searches three ways,
 * interleaved, in the same run:
 * <ul>
 *   <li>through the public API, over HTTP, with the whole application running;</li>
 *   <li>straight to Elasticsearch, with the very request the application builds: the floor;</li>
 *   <li>by PostgreSQL alone, with earthdistance, a GiST index and a KNN scan: the alternative.</li>
 * </ul>
 * The figures are ratios against the direct Elasticsearch time of the same run, so that they hold on any
 * machine. A harness, not a test: nothing is asserted. Every server it starts stops when it ends, also
 * when it fails or is interrupted.
 *
 * <p>Then the same for listings (see {@link ListingBenchmark}): {@code listings} of them, 100,000 by default
 * for a quick run, 1,000,000 for the figures in the README; 0 leaves them out.
 *
 * <p>Settings, as arguments ({@code organisations=50000}) or system properties
 * ({@code -Dreloop.benchmark.organisations=50000}): {@code organisations}, {@code listings} (100000),
 * {@code queries} (2000), {@code warmup} (300), {@code seed} (42), {@code elasticsearch-heap} (512m).
 */
public final class SearchBenchmark {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final double[] RADII_KM = {5, 10, 25, 50};
    private static final int EXAMPLES = 3;
    /** The batch size of the organisation indexer's full feed. */
    private static final int REINDEX_BATCH = 500;

    /** The ways of answering the same search, in the order of the report. */
    enum Way {
        API("API (HTTP, whole application)"),
        ELASTICSEARCH("Elasticsearch direct (floor)"),
        POSTGRES("PostgreSQL alone (GiST + KNN)"),
        /** Where the API's time goes: the same search as a plain method call, without HTTP and MVC. */
        SERVICE("`OrganisationSearch.search` in-process (diagnostic)");

        final String label;

        Way(String label) {
            this.label = label;
        }
    }

    record Settings(int organisations, int listings, int queries, int warmup, long seed, String elasticsearchHeap,
                    int loadSeconds, int soakMinutes, int sessions) {

        static Settings from(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("Arguments are name=value, such as organisations=50000; got " + arg);
                }
                given.put(pair[0], pair[1]);
            }
            return new Settings(
                    Integer.parseInt(setting(given, "organisations", "50000")),
                    Integer.parseInt(setting(given, "listings", "100000")),
                    Integer.parseInt(setting(given, "queries", "2000")),
                    Integer.parseInt(setting(given, "warmup", "300")),
                    Long.parseLong(setting(given, "seed", "42")),
                    setting(given, "elasticsearch-heap", "512m"),
                    Integer.parseInt(setting(given, "load-seconds", "15")),
                    Integer.parseInt(setting(given, "soak-minutes", "3")),
                    Integer.parseInt(setting(given, "sessions", "50")));
        }

        private static String setting(Map<String, String> given, String name, String fallback) {
            return given.getOrDefault(name, System.getProperty("reloop.benchmark." + name, fallback));
        }
    }

    /** One search answered one way: how long it took, and what came back. */
    private record Timed(long nanos, SearchAnswer answer) {
    }

    private final Settings settings;
    private final Resources resources;
    private final long started = System.nanoTime();
    private boolean apiShown;

    private SearchBenchmark(Settings settings, Resources resources) {
        this.settings = settings;
        this.resources = resources;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.from(args);
        quietLogging();
        Resources resources = new Resources();
        Thread stopOnInterrupt = new Thread(resources::close, "search-benchmark-stop");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try {
            new SearchBenchmark(settings, resources).run();
        } finally {
            resources.close();
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
        }
    }

    private void run() throws Exception {
        Path root = worldTraversableTemporaryFolder();
        resources.add(() -> deleteRecursively(root));
        step("Starting PostgreSQL and Elasticsearch in " + root);
        LocalPostgres postgres = resources.add(LocalPostgres.start(root.resolve("postgres")));
        LocalElasticsearch elasticsearch = resources.add(LocalElasticsearch.start(elasticsearchHome(),
                root.resolve("elasticsearch"), settings.elasticsearchHeap(), Duration.ofMinutes(10)));

        step("Starting ReLoop against them");
        // As arguments, not builder properties: application.yml's empty URLs would win over those.
        ConfigurableApplicationContext context = resources.add(new SpringApplicationBuilder(ReLoopApplication.class)
                .run("--spring.datasource.url=" + postgres.jdbcUrl(),
                        "--spring.datasource.username=" + LocalPostgres.RUNTIME,
                        "--spring.flyway.user=" + LocalPostgres.OWNER,
                        "--reloop.stamp.key-directory=" + root.resolve("keys"),
                        "--reloop.elasticsearch.url=" + elasticsearch.url(),
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.jmx.enabled=false",
                        "--springdoc.api-docs.enabled=false",
                        "--springdoc.swagger-ui.enabled=false",
                        "--logging.level.root=WARN",
                        // Every client of the benchmark is 127.0.0.1.
                        "--reloop.rate-limits.api.capacity=1000000000",
                        // The development build records where every component was made (a stack trace each, for the IDE
                        // link); the production build does not, and the heap per session should be production's.
                        "--vaadin.devmode.componentTracker.enabled=false",
                        // Should the URLs ever be ignored, embedded servers still stay out of ./data.
                        "--reloop.embedded.postgres.data-dir=" + root.resolve("unused-postgres"),
                        "--reloop.embedded.elasticsearch.data-dir=" + root.resolve("unused-elasticsearch")));
        if (context.getBeanNamesForType(LocalElasticsearch.class).length > 0
                || context.getBeanNamesForType(LocalPostgres.class).length > 0) {
            throw new IllegalStateException("ReLoop started embedded servers of its own instead of using the benchmark's");
        }
        URI api = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                + "/api/v1/search/organisations");

        step("Generating " + settings.organisations() + " organisations (seed " + settings.seed() + ")");
        long generating = System.nanoTime();
        List<GeneratedOrganisation> directory = new DirectoryGenerator(settings.seed()).generate(settings.organisations());
        Duration generated = since(generating);

        Connection connection = resources.add(DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.SUPERUSER, null));
        step("Loading them into PostgreSQL with COPY");
        long loading = System.nanoTime();
        DirectoryBulkLoader.Loaded loaded = DirectoryBulkLoader.load(connection, directory, settings.seed(),
                Instant.now().minusSeconds(60));
        Duration copied = since(loading);

        step("Full reindex of " + loaded.sites() + " sites");
        SearchIndexes indexes = context.getBean(SearchIndexes.class);
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        // COPY bypassed the indexer, so the document store is empty: the first rebuild builds every document
        // from the directory and stores it. The next ones stream the stored documents. The first two warm both
        // JVMs up (Elasticsearch's indexing takes more than one rebuild to reach its speed); the median of the
        // next three, which vary by a tenth or more on a shared 2-core machine, is the steady rate.
        Duration coldReindex = timedReindex(indexes);
        step("Full reindex again, warming up");
        Duration secondReindex = timedReindex(indexes);
        step("Full reindex three more times, warm");
        List<Duration> warmReindexes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            warmReindexes.add(timedReindex(indexes));
        }
        Duration reindex = warmReindexes.stream().sorted().toList().get(1);
        String index = indexes.currentIndex(SearchIndex.ORGANISATIONS);
        long documents = client.count(c -> c.index(index)).count();
        if (documents != loaded.sites()) {
            throw new IllegalStateException("The reindex wrote " + documents + " documents for " + loaded.sites() + " sites");
        }
        step("Full reindex once more, building every document from the directory again (as after a format change)");
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from organisation_search_document");
        }
        Duration rebuiltFromDirectory = timedReindex(indexes);

        step("Reading the directory the way the reindex does, without writing to Elasticsearch");
        long reading = System.nanoTime();
        long[] sitesRead = {0};
        context.getBean(Organisations.class).forEachBatch(REINDEX_BATCH, batch -> batch.forEach(
                profile -> sitesRead[0] += profile.sites().size()));
        Duration read = since(reading);
        if (sitesRead[0] != loaded.sites()) {
            throw new IllegalStateException("Read " + sitesRead[0] + " sites back for " + loaded.sites());
        }

        step("Indexing sites in PostgreSQL: GiST on ll_to_earth(latitude, longitude)");
        long indexingPostgres = System.nanoTime();
        PostgresLocationSearch.createIndex(connection);
        Duration postgresIndex = since(indexingPostgres);
        PostgresLocationSearch postgresSearch = resources.add(new PostgresLocationSearch(connection));
        String jit = postgresSearch.disableJit();

        List<LocationSearch> mix = SearchMix.of(directory, settings.warmup() + settings.queries(), settings.seed());
        LocationSearch sample = mix.stream().filter(LocationSearch::hasCategory).findFirst().orElseThrow();
        String plan = postgresSearch.plan(sample, Instant.now(), false);
        boolean knnPossible = PostgresLocationSearch.ordersByKnn(postgresSearch.plan(sample, Instant.now(), true));

        HttpClient http = resources.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build());
        DirectElasticsearch direct = DirectElasticsearch.forOrganisations(context, elasticsearch.url(), http);
        step("  Elasticsearch request of the API, sent as is: " + direct.body(mix.getFirst().asQuery(), Instant.now()));
        OrganisationSearch service = context.getBean(OrganisationSearch.class);
        step("Searching: " + settings.warmup() + " warm-up searches, then " + settings.queries()
                + " measured, each through the API, Elasticsearch and PostgreSQL");

        Map<Way, Latencies> all = latenciesPerWay();
        Map<String, Map<Way, Latencies>> byKind = new LinkedHashMap<>();
        for (double radius : RADII_KM) {
            byKind.put(kind(radius, false), latenciesPerWay());
            byKind.put(kind(radius, true), latenciesPerWay());
        }
        Agreement agreement = new Agreement();
        String loadBefore = loadAverage();
        for (LocationSearch search : mix) {
            boolean measured = search.number() >= settings.warmup();
            Map<Way, SearchAnswer> answers = new EnumMap<>(Way.class);
            for (int k = 0; k < Way.values().length; k++) {
                // Rotating the order keeps caches and the garbage collector from favouring one way.
                Way way = Way.values()[(search.number() + k) % Way.values().length];
                Timed timed = switch (way) {
                    case API -> throughApi(http, api, search);
                    case ELASTICSEARCH -> directly(direct, search);
                    case POSTGRES -> inPostgres(postgresSearch, search);
                    case SERVICE -> inProcess(service, search);
                };
                answers.put(way, timed.answer());
                if (measured) {
                    all.get(way).add(timed.nanos());
                    byKind.get(kind(search.radiusKm(), search.hasCategory())).get(way).add(timed.nanos());
                }
            }
            if (measured) {
                agreement.record(search, answers);
            }
            if (search.number() > 0 && search.number() % 500 == 0) {
                step("  " + search.number() + " of " + mix.size());
            }
        }

        String machineLoad = "load average " + loadBefore + " before searching, " + loadAverage() + " after";
        String report = report(loaded, generated, copied, documents, coldReindex, secondReindex, warmReindexes, reindex, rebuiltFromDirectory, read, postgresIndex, jit, sample, plan,
                knnPossible, all, byKind, agreement, postgresVersion(connection), machineLoad);
        if (settings.listings() > 0) {
            report += new ListingBenchmark(context, http, elasticsearch.url(), this::step)
                    .run(connection, directory, settings.listings(), settings.queries(), settings.warmup(), settings.seed());
            if (settings.loadSeconds() > 0) {
                report += new LoadBenchmark(context, http, this::step).run(connection, mix, direct,
                        SearchMix.listings(directory, ListingBulkLoader.categories(), settings.queries(), settings.seed()),
                        DirectElasticsearch.forListings(context, elasticsearch.url(), http),
                        Duration.ofSeconds(settings.loadSeconds()), settings.soakMinutes(), settings.sessions());
            }
        }
        System.out.println();
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "search-" + STAMP.format(LocalDateTime.now()) + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        step("Report written to " + file.toAbsolutePath());
    }

    private Timed throughApi(HttpClient http, URI api, LocationSearch search) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "?" + search.apiParameters()))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (!apiShown) {
            apiShown = true;
            step("  The API's first answer " + response.headers().firstValue("Set-Cookie")
                    .map(cookie -> "set a cookie (" + cookie.replaceFirst("=.*", "") + "), so each call may create a session")
                    .orElse("set no cookie"));
        }
        return new Timed(elapsed, SearchAnswer.ofApi(DirectElasticsearch.ok(response, request), "siteId"));
    }

    private static Timed directly(DirectElasticsearch direct, LocationSearch search) throws Exception {
        DirectElasticsearch.Answer answer = direct.send(search.asQuery(), Instant.now());
        return new Timed(answer.nanos(), SearchAnswer.ofElasticsearch(answer.hits()));
    }

    private static Timed inPostgres(PostgresLocationSearch postgres, LocationSearch search) throws SQLException {
        Instant now = Instant.now();
        long start = System.nanoTime();
        PostgresLocationSearch.Page page = postgres.search(search, now);
        long elapsed = System.nanoTime() - start;
        return new Timed(elapsed, page.answer());
    }

    private static Timed inProcess(OrganisationSearch service, LocationSearch search) {
        long start = System.nanoTime();
        SearchPage<OrganisationHit> page = service.search(search.asQuery());
        long elapsed = System.nanoTime() - start;
        return new Timed(elapsed, new SearchAnswer(page.hits().stream()
                .map(hit -> new SearchAnswer.Hit(hit.siteId().toString(), hit.distanceKm() * 1000)).toList(), page.total()));
    }

    /** Whether the three ways found the same sites: API and PostgreSQL each against Elasticsearch. */
    private static final class Agreement {

        private int searches;
        private int apiHits;
        private int apiTotals;
        private int postgresHits;
        private int postgresTotals;
        private long hitsReturned;
        private long totalFound;
        private int shortPages;
        private final List<String> examples = new ArrayList<>();

        void record(LocationSearch search, Map<Way, SearchAnswer> answers) {
            SearchAnswer floor = answers.get(Way.ELASTICSEARCH);
            SearchAnswer api = answers.get(Way.API);
            SearchAnswer postgres = answers.get(Way.POSTGRES);
            searches++;
            hitsReturned += floor.hits().size();
            totalFound += floor.total();
            shortPages += floor.hits().size() < SearchMix.HITS ? 1 : 0;
            if (!api.sameHitsAs(floor)) {
                apiHits++;
                example(search, "API hits", api.firstDifference(floor));
            }
            if (api.total() != floor.total()) {
                apiTotals++;
                example(search, "API total", api.total() + " vs " + floor.total());
            }
            if (!postgres.sameHitsAs(floor)) {
                postgresHits++;
                example(search, "PostgreSQL hits", postgres.firstDifference(floor));
            }
            if (postgres.total() != floor.total()) {
                postgresTotals++;
                example(search, "PostgreSQL total", postgres.total() + " vs " + floor.total());
            }
        }

        private void example(LocationSearch search, String what, String difference) {
            if (examples.size() < EXAMPLES) {
                examples.add(what + " differ for " + search + ": " + difference);
            }
        }
    }

    private static Duration timedReindex(SearchIndexes indexes) {
        long reindexing = System.nanoTime();
        TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.ORGANISATIONS));
        return since(reindexing);
    }

    private String report(DirectoryBulkLoader.Loaded loaded, Duration generated, Duration copied, long documents,
            Duration coldReindex, Duration secondReindex, List<Duration> warmReindexes, Duration reindex, Duration rebuiltFromDirectory, Duration read, Duration postgresIndex, String jit, LocationSearch sample, String plan, boolean knnPossible,
            Map<Way, Latencies> all, Map<String, Map<Way, Latencies>> byKind, Agreement agreement,
            String postgresVersion, String machineLoad) {
        double docsPerSecond = documents / seconds(reindex);
        Latencies floor = all.get(Way.ELASTICSEARCH);
        Latencies api = all.get(Way.API);
        boolean knn = PostgresLocationSearch.ordersByKnn(plan);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Search benchmark, %s%n%n", LocalDateTime.now().withNano(0)));
        out.append(String.format(Locale.ROOT, "%,d organisations (%,d sites), %,d searches after %,d warm-up, seed %d. "
                        + "Machine: %d cores (%s), %s; %s %s; Elasticsearch heap %s; PostgreSQL %s (%s).%n%n",
                loaded.organisations(), loaded.sites(), settings.queries(), settings.warmup(), settings.seed(),
                Runtime.getRuntime().availableProcessors(), cpuModel(), machineLoad, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), settings.elasticsearchHeap(), postgresVersion, jit));
        out.append("| way | p50 ms | p95 ms | p99 ms | mean ms | p50 / ES | p95 / ES | p99 / ES | mean / ES |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Way way : Way.values()) {
            Latencies times = all.get(way);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    way.label, times.percentileMs(50), times.percentileMs(95), times.percentileMs(99), times.meanMs(),
                    times.percentileMs(50) / floor.percentileMs(50), times.percentileMs(95) / floor.percentileMs(95),
                    times.percentileMs(99) / floor.percentileMs(99), times.meanMs() / floor.meanMs()));
        }
        out.append("\nBy kind of search (p50 / p95 ms):\n\n");
        out.append("| radius, filter | searches | API | Elasticsearch | PostgreSQL | API / ES p95 | PG / ES p95 |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        byKind.forEach((kind, times) -> out.append(String.format(Locale.ROOT,
                "| %s | %d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f | %.2f |%n", kind,
                times.get(Way.ELASTICSEARCH).count(),
                times.get(Way.API).percentileMs(50), times.get(Way.API).percentileMs(95),
                times.get(Way.ELASTICSEARCH).percentileMs(50), times.get(Way.ELASTICSEARCH).percentileMs(95),
                times.get(Way.POSTGRES).percentileMs(50), times.get(Way.POSTGRES).percentileMs(95),
                times.get(Way.API).percentileMs(95) / times.get(Way.ELASTICSEARCH).percentileMs(95),
                times.get(Way.POSTGRES).percentileMs(95) / times.get(Way.ELASTICSEARCH).percentileMs(95))));
        out.append(String.format(Locale.ROOT, "%n| loading | |%n| --- | ---: |%n"));
        out.append(String.format(Locale.ROOT, "| generate %,d organisations | %.1f s |%n", loaded.organisations(),
                seconds(generated)));
        out.append(String.format(Locale.ROOT, "| COPY into PostgreSQL (%,d rows, then analyze) | %.1f s |%n", loaded.rows(),
                seconds(copied)));
        out.append(String.format(Locale.ROOT, "| first full reindex after start (cold JVMs), documents built from the "
                        + "directory and stored: %,d documents | %.1f s = %,.0f docs/s |%n",
                documents, seconds(coldReindex), documents / seconds(coldReindex)));
        out.append(String.format(Locale.ROOT, "| second full reindex, stored documents, warming up: %,d documents | %.1f s = %,.0f docs/s |%n",
                documents, seconds(secondReindex), documents / seconds(secondReindex)));
        out.append(String.format(Locale.ROOT, "| full reindex (`SearchIndexes.reindex`), stored documents, warm, median of "
                        + "the third to fifth (%s s): %,d documents | %.1f s = **%,.0f docs/s** |%n",
                warmReindexes.stream().map(time -> String.format(Locale.ROOT, "%.1f", seconds(time)))
                        .collect(Collectors.joining(", ")), documents, seconds(reindex), docsPerSecond));
        out.append(String.format(Locale.ROOT, "| sixth full reindex, warm, every document built from the directory again "
                        + "(store emptied, as after a format change): %,d documents | %.1f s = %,.0f docs/s |%n",
                documents, seconds(rebuiltFromDirectory), documents / seconds(rebuiltFromDirectory)));
        out.append(String.format(Locale.ROOT, "| of which reading the directory (`Organisations.forEachBatch` alone, "
                + "measured after) | %.1f s |%n", seconds(read)));
        out.append(String.format(Locale.ROOT, "| PostgreSQL GiST index on `ll_to_earth(latitude, longitude)` | %.1f s |%n",
                seconds(postgresIndex)));
        out.append(String.format(Locale.ROOT, "%nSame answers (against Elasticsearch direct, over %,d searches; ties of "
                        + "under %.1f m may swap): API hits differ in %d, totals in %d; PostgreSQL hits differ in %d, "
                        + "totals in %d. Mean %.1f hits and %,.0f found per search; %d searches found fewer than %d.%n",
                agreement.searches, SearchAnswer.TIE_METRES, agreement.apiHits, agreement.apiTotals,
                agreement.postgresHits, agreement.postgresTotals, agreement.hitsReturned / (double) agreement.searches,
                agreement.totalFound / (double) agreement.searches, agreement.shortPages, SearchMix.HITS));
        agreement.examples.forEach(example -> out.append("- ").append(example).append('\n'));
        out.append(String.format(Locale.ROOT, "%nTargets (2 cores): API p95 under 20 ms: %s (%.2f ms); API p95 at most "
                        + "1.3 x Elasticsearch: %s (%.2f x); reindex at least 15,000 docs/s: %s (%,.0f).%n",
                met(api.percentileMs(95) < 20), api.percentileMs(95),
                met(api.percentileMs(95) <= 1.3 * floor.percentileMs(95)), api.percentileMs(95) / floor.percentileMs(95),
                met(docsPerSecond >= 15_000), docsPerSecond));
        out.append(String.format(Locale.ROOT, "%nPostgreSQL's plan for %s walks the GiST index nearest first (KNN): %s; "
                        + "KNN ordering on that index is usable (plan with sorting switched off): %s. The search part "
                        + "of the plan:%n%n```%n%s%n```%n",
                sample, knn ? "yes" : "no, the planner preferred a bitmap scan and a sort", knnPossible ? "yes" : "NO",
                plan.lines().takeWhile(line -> !line.contains("SubPlan")).collect(Collectors.joining("\n"))));
        return out.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String kind(double radiusKm, boolean category) {
        return String.format(Locale.ROOT, "%.0f km, %s", radiusKm, category ? "one category" : "any category");
    }

    private static Map<Way, Latencies> latenciesPerWay() {
        Map<Way, Latencies> latencies = new EnumMap<>(Way.class);
        for (Way way : Way.values()) {
            latencies.put(way, new Latencies());
        }
        return latencies;
    }

    private static String postgresVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            return version.getString(1);
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static Path elasticsearchHome() {
        return Path.of(System.getProperty("reloop.embedded.elasticsearch.home",
                "target/elasticsearch/elasticsearch-8.19.21"));
    }

    /** Elasticsearch runs as nobody when the harness runs as root: it must be able to enter the folder. */
    private static Path worldTraversableTemporaryFolder() throws IOException {
        Path root = Files.createTempDirectory("reloop-benchmark-");
        root.toFile().setExecutable(true, false);
        root.toFile().setReadable(true, false);
        return root;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Only the harness's own lines and warnings: the servers start before Spring Boot sets up logging. */
    private static void quietLogging() {
        LoggingSystem.get(SearchBenchmark.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }

    private void step(String message) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, message);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /**
     * What the harness started, closed in reverse order exactly once: at the end, on failure, or from the
     * shutdown hook when the run is interrupted.
     */
    private static final class Resources {

        private final Deque<AutoCloseable> open = new ArrayDeque<>();

        synchronized <T extends AutoCloseable> T add(T resource) {
            open.push(resource);
            return resource;
        }

        synchronized void close() {
            while (!open.isEmpty()) {
                AutoCloseable resource = open.pop();
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("Could not close " + resource + ": " + e);
                }
            }
        }
    }
}
