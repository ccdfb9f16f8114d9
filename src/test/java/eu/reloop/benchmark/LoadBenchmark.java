package eu.reloop.benchmark;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import eu.reloop.BrowserSession;
import eu.reloop.benchmark.SearchMix.ListingSearch;
import eu.reloop.benchmark.SearchMix.LocationSearch;

/**
 * The load part of the search benchmark, on the data the latency part loaded:
 * <ul>
 *   <li>the organisation and the listing search at 1, 4, 16 and 64 concurrent clients, each level for a bounded
 *       time, through the API and straight to Elasticsearch in turn: requests per second, latencies and errors, and
 *       the API's throughput as a share of Elasticsearch's;</li>
 *   <li>a soak of mixed traffic (both searches, the product page, stamp verification, the stamp log's head) with
 *       the errors and the heap after a full collection at the end of every minute;</li>
 *   <li>the heap one Vaadin session of the search page holds: sessions opened in a headless browser, each with
 *       one search, and the live heap's growth after a full collection divided by their number.</li>
 * </ul>
 * The application runs in this JVM, so its heap is this JVM's; Elasticsearch and PostgreSQL run in processes of
 * their own.
 */
final class LoadBenchmark {

    private static final int[] CLIENTS = {1, 4, 16, 64};
    private static final int SOAK_CLIENTS = 8;

    /** Sends the {@code i}th request of a kind; throws when it did not succeed. */
    @FunctionalInterface
    interface Target {
        void send(int i) throws Exception;
    }

    /** What one level of concurrency achieved in its time. */
    record Level(int clients, long requests, long errors, Latencies latencies, Duration took) {

        double perSecond() {
            return requests / (took.toNanos() / 1e9);
        }
    }

    private final ConfigurableApplicationContext context;
    private final HttpClient http;
    private final Consumer<String> step;
    private final URI application;

    LoadBenchmark(ConfigurableApplicationContext context, HttpClient http, Consumer<String> step) {
        this.context = context;
        this.http = http;
        this.step = step;
        this.application = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    /** Runs it all and returns the report's section. */
    String run(Connection connection, List<LocationSearch> organisationSearches, DirectElasticsearch organisationsDirect,
            List<ListingSearch> listingSearches, DirectElasticsearch listingsDirect, Duration perLevel, int soakMinutes,
            int sessions) throws Exception {
        Target organisationsApi = i -> ok(get("/api/v1/search/organisations?" + pick(organisationSearches, i).apiParameters()));
        Target organisationsElasticsearch = i -> organisationsDirect.send(pick(organisationSearches, i).asQuery(), Instant.now());
        Target listingsApi = i -> ok(get("/api/v1/search/listings?" + pick(listingSearches, i).apiParameters()));
        Target listingsElasticsearch = i -> {
            ListingSearch search = pick(listingSearches, i);
            listingsDirect.send(search.asQuery(), search.currency(), Instant.now());
        };

        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n## Load%n%nEach level runs %d s through the API, "
                + "then %d s straight to Elasticsearch with the same searches (the organisation and the listing mixes above); "
                + "clients send their next request as soon as the last is answered.%n", perLevel.toSeconds(), perLevel.toSeconds()));
        step.accept("Load: warming up both searches at 4 clients");
        for (Target warmUp : List.of(organisationsApi, organisationsElasticsearch, listingsApi, listingsElasticsearch)) {
            drive(4, Duration.ofSeconds(5), warmUp);
        }
        out.append(levels("Organisation search", organisationsApi, organisationsElasticsearch, perLevel));
        out.append(levels("Listing search", listingsApi, listingsElasticsearch, perLevel));
        out.append(soak(connection, organisationsApi, listingsApi, soakMinutes));
        out.append(sessionHeap(organisationSearches, sessions));
        return out.toString();
    }

    private String levels(String name, Target api, Target elasticsearch, Duration perLevel) throws Exception {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n### %s%n%n| clients | way | requests/s | p50 ms "
                + "| p95 ms | p99 ms | errors | API / ES throughput |%n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |%n", name));
        for (int clients : CLIENTS) {
            step.accept("Load: " + name + " at " + clients + " clients, API then Elasticsearch");
            Level viaApi = drive(clients, perLevel, api);
            Level direct = drive(clients, perLevel, elasticsearch);
            out.append(row(viaApi, "API", String.format(Locale.ROOT, "%.2f", viaApi.perSecond() / direct.perSecond())));
            out.append(row(direct, "Elasticsearch", ""));
        }
        return out.toString();
    }

    private static String row(Level level, String way, String ratio) {
        return String.format(Locale.ROOT, "| %d | %s | %,.0f | %.1f | %.1f | %.1f | %d | %s |%n", level.clients(), way,
                level.perSecond(), level.latencies().percentileMs(50), level.latencies().percentileMs(95),
                level.latencies().percentileMs(99), level.errors(), ratio);
    }

    private String soak(Connection connection, Target organisationsApi, Target listingsApi, int minutes) throws Exception {
        List<String[]> items = listedItems(connection);
        // Each client keeps its cookies, as a browser does: one session per client. Without them, every product page
        // would open a session of its own, held until it times out.
        ThreadLocal<HttpClient> browsers = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build());
        List<Target> mix = List.of(organisationsApi, listingsApi,
                i -> answered(browsers.get().send(request("/listings/" + items.get(i % items.size())[0]),
                        HttpResponse.BodyHandlers.ofByteArray())),
                i -> answered(get("/api/v1/stamps/" + items.get(i % items.size())[1])),
                i -> answered(get("/api/v1/stamp-log/head")));
        Target mixed = i -> mix.get(i % mix.size()).send(i / mix.size());
        long warmHeap = liveHeap();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n### Soak%n%n%d clients for %d minutes, mixed in "
                + "equal parts: organisation search, listing search, a product page (each client keeping its cookies, as a "
                + "browser does), a stamp's verification and the stamp log's head. An error is an answer of 500 or more, a time-out or a lost connection (generated stamps are "
                + "not in the log, so their verification answers 404, as for any unknown code). Heap after warm-up and a "
                + "full collection: %,.0f MB.%n%n| minute | requests | errors | p95 ms | heap after a full collection, MB |%n"
                + "| ---: | ---: | ---: | ---: | ---: |%n", SOAK_CLIENTS, minutes, warmHeap / 1e6));
        long lastHeap = warmHeap;
        for (int minute = 1; minute <= minutes; minute++) {
            step.accept("Soak: minute " + minute + " of " + minutes);
            Level level = drive(SOAK_CLIENTS, Duration.ofMinutes(1), mixed);
            lastHeap = liveHeap();
            out.append(String.format(Locale.ROOT, "| %d | %,d | %d | %.1f | %,.0f |%n", minute, level.requests(),
                    level.errors(), level.latencies().percentileMs(95), lastHeap / 1e6));
        }
        out.append(String.format(Locale.ROOT, "%nHeap after the soak: %.2f x the heap after warm-up.%n",
                lastHeap / (double) warmHeap));
        return out.toString();
    }

    private String sessionHeap(List<LocationSearch> searches, int sessions) throws Exception {
        step.accept("Sessions: opening " + sessions + " search pages in a headless browser, each in a session of its own");
        ChromeDriver browser = BrowserSession.headlessChromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            openSearchPage(browser, wait, searches.getFirst());
            long before = liveHeap();
            for (int i = 1; i <= sessions; i++) {
                // A tab of its own keeps the last page, and its UI, open; without the cookie, the server opens a new session.
                browser.switchTo().newWindow(WindowType.TAB);
                browser.manage().deleteAllCookies();
                openSearchPage(browser, wait, searches.get(i % searches.size()));
            }
            long after = liveHeap();
            return String.format(Locale.ROOT, "%n### Memory per session%n%n%d sessions of the find-a-repairer page, each "
                    + "in a browser tab of its own, still open, with one search shown: live heap %,.1f MB before, %,.1f MB after, **%,.0f kB per session**.%n",
                    sessions, before / 1e6, after / 1e6, (after - before) / 1e3 / sessions);
        } finally {
            browser.quit();
        }
    }

    private void openSearchPage(ChromeDriver browser, WebDriverWait wait, LocationSearch search) {
        browser.get(application + String.format(Locale.ROOT, "/find?lat=%.5f&lon=%.5f&radius=%d", search.origin().latitude(),
                search.origin().longitude(), Math.round(search.radiusKm())));
        wait.until(ExpectedConditions.textMatches(By.id("search-summary"), java.util.regex.Pattern.compile("\\d")));
    }

    /** Runs clients that each send requests back to back until the time is up. */
    static Level drive(int clients, Duration duration, Target target) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        Latencies all = new Latencies();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Latencies>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    Latencies mine = new Latencies();
                    while (System.nanoTime() < deadline) {
                        int i = next.getAndIncrement();
                        long sent = System.nanoTime();
                        try {
                            target.send(i);
                            mine.add(System.nanoTime() - sent);
                        } catch (Exception failed) {
                            errors.incrementAndGet();
                        }
                    }
                    return mine;
                }));
            }
            for (Future<Latencies> client : running) {
                all.addAll(client.get());
            }
        }
        return new Level(clients, all.count(), errors.get(), all, Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(application.resolve(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static void ok(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
    }

    private static void answered(HttpResponse<byte[]> response) {
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
    }

    private static <T> T pick(List<T> searches, int i) {
        return searches.get(i % searches.size());
    }

    private static List<String[]> listedItems(Connection connection) throws SQLException {
        List<String[]> items = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, stamp_code from listing order by id limit 1000")) {
            while (rows.next()) {
                items.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException("The soak needs listings: run with listings greater than 0");
        }
        return items;
    }

    /** The heap still in use after a full collection. */
    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
