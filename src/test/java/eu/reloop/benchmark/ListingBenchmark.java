package eu.reloop.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.ConfigurableApplicationContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import eu.reloop.TestSecurity;
import eu.reloop.benchmark.SearchMix.ListingSearch;
import eu.reloop.demo.DirectoryGenerator.GeneratedOrganisation;
import eu.reloop.market.Listings;
import eu.reloop.search.ListingResults;
import eu.reloop.search.SearchIndex;
import eu.reloop.search.SearchIndexes;

/**
 * The listings part of the search benchmark: loads generated listings (stamped items for sale at the
 * certified organisations' sites) with COPY, rebuilds the listings index twice with the application's own
 * full reindex (cold, then warm), times reading PostgreSQL alone the way the reindex does, and runs a
 * seeded mix of listing searches (radius 5 to 50 km, half with a category, all with a price range, nearest
 * first, 20 hits) through the API, straight to Elasticsearch and in-process, interleaved in the same run.
 */
final class ListingBenchmark {

    /** The batch size of the listing indexer's full feed. */
    private static final int REINDEX_BATCH = 2_000;

    enum Way {
        API("API (HTTP, whole application)"),
        ELASTICSEARCH("Elasticsearch direct (floor)"),
        SERVICE("`ListingSearch.search` in-process (diagnostic)");

        final String label;

        Way(String label) {
            this.label = label;
        }
    }

    private record Timed(long nanos, SearchAnswer answer) {
    }

    private final ConfigurableApplicationContext context;
    private final HttpClient http;
    private final URI elasticsearch;
    private final URI api;
    private final Consumer<String> step;

    ListingBenchmark(ConfigurableApplicationContext context, HttpClient http, URI elasticsearch, Consumer<String> step) {
        this.context = context;
        this.http = http;
        this.elasticsearch = elasticsearch;
        this.api = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                + "/api/v1/search/listings");
        this.step = step;
    }

    /** Runs it all and returns the report's section. */
    String run(Connection connection, List<GeneratedOrganisation> directory, int listings, int queries, int warmup,
            long seed) throws Exception {
        step.accept("Loading " + listings + " listings (with their stamps) into PostgreSQL with COPY");
        long loading = System.nanoTime();
        ListingBulkLoader.Loaded loaded = ListingBulkLoader.load(connection, listings, seed, Instant.now().minusSeconds(60));
        Duration copied = since(loading);

        SearchIndexes indexes = context.getBean(SearchIndexes.class);
        step.accept("Full reindex of " + listings + " listings");
        long reindexing = System.nanoTime();
        TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.LISTINGS));
        Duration coldReindex = since(reindexing);
        step.accept("Full reindex of the listings again, warm");
        reindexing = System.nanoTime();
        String index = TestSecurity.asAdmin(() -> indexes.reindex(SearchIndex.LISTINGS));
        Duration reindex = since(reindexing);
        long documents = context.getBean(ElasticsearchClient.class).count(c -> c.index(index)).count();
        if (documents != listings) {
            throw new IllegalStateException("The reindex wrote " + documents + " documents for " + listings + " listings");
        }
        step.accept("Reading the listings the way the reindex does, without writing to Elasticsearch");
        long reading = System.nanoTime();
        long[] read = {0};
        context.getBean(Listings.class).forEachBatchForSearch(REINDEX_BATCH, batch -> read[0] += batch.size());
        Duration readOnly = since(reading);

        List<ListingSearch> mix = SearchMix.listings(directory, ListingBulkLoader.categories(), warmup + queries, seed);
        DirectElasticsearch direct = DirectElasticsearch.forListings(context, elasticsearch, http);
        eu.reloop.search.ListingSearch service = context.getBean(eu.reloop.search.ListingSearch.class);
        ListingSearch first = mix.getFirst();
        step.accept("  Elasticsearch request of the listings API, sent as is: "
                + direct.body(first.asQuery(), first.currency(), Instant.now()));
        step.accept("Listing searches: " + warmup + " warm-up, then " + queries + " measured, each three ways");
        Map<Way, Latencies> latencies = new EnumMap<>(Way.class);
        for (Way way : Way.values()) {
            latencies.put(way, new Latencies());
        }
        int apiHits = 0;
        int apiTotals = 0;
        long hitsReturned = 0;
        long totalFound = 0;
        List<String> examples = new ArrayList<>();
        for (ListingSearch search : mix) {
            Map<Way, SearchAnswer> answers = new EnumMap<>(Way.class);
            for (int k = 0; k < Way.values().length; k++) {
                // Rotating the order keeps caches and the garbage collector from favouring one way.
                Way way = Way.values()[(search.number() + k) % Way.values().length];
                Timed timed = switch (way) {
                    case API -> throughApi(search);
                    case ELASTICSEARCH -> directly(direct, search);
                    case SERVICE -> inProcess(service, search);
                };
                answers.put(way, timed.answer());
                if (search.number() >= warmup) {
                    latencies.get(way).add(timed.nanos());
                }
            }
            if (search.number() >= warmup) {
                SearchAnswer floor = answers.get(Way.ELASTICSEARCH);
                SearchAnswer viaApi = answers.get(Way.API);
                hitsReturned += floor.hits().size();
                totalFound += floor.total();
                if (!viaApi.sameHitsAs(floor)) {
                    apiHits++;
                    if (examples.size() < 3) {
                        examples.add("API hits differ for " + search + ": " + viaApi.firstDifference(floor));
                    }
                }
                apiTotals += viaApi.total() == floor.total() ? 0 : 1;
            }
            if (search.number() > 0 && search.number() % 500 == 0) {
                step.accept("  " + search.number() + " of " + mix.size());
            }
        }

        Latencies floor = latencies.get(Way.ELASTICSEARCH);
        Latencies viaApi = latencies.get(Way.API);
        double docsPerSecond = documents / seconds(reindex);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Listings%n%n%,d listings at %,d sites of certified organisations, "
                + "%,d searches after %,d warm-up (radius 5 to 50 km, half with a category, all with a price range in "
                + "the local currency, nearest first, %d hits).%n%n", loaded.listings(), loaded.sellerSites(), queries,
                warmup, SearchMix.HITS));
        out.append("| way | p50 ms | p95 ms | p99 ms | mean ms | p95 / ES |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Way way : Way.values()) {
            Latencies times = latencies.get(way);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", way.label,
                    times.percentileMs(50), times.percentileMs(95), times.percentileMs(99), times.meanMs(),
                    times.percentileMs(95) / floor.percentileMs(95)));
        }
        out.append(String.format(Locale.ROOT, "%n| loading | |%n| --- | ---: |%n"));
        out.append(String.format(Locale.ROOT, "| COPY into PostgreSQL (%,d rows: stamp applications, stamps, listings; "
                + "then analyze) | %.1f s |%n", loaded.rows(), seconds(copied)));
        out.append(String.format(Locale.ROOT, "| first full reindex of the listings (cold): %,d documents | %.1f s = %,.0f "
                + "docs/s |%n", documents, seconds(coldReindex), documents / seconds(coldReindex)));
        out.append(String.format(Locale.ROOT, "| full reindex (`SearchIndexes.reindex`), warm: %,d documents | %.1f s = "
                + "**%,.0f docs/s** |%n", documents, seconds(reindex), docsPerSecond));
        out.append(String.format(Locale.ROOT, "| of which reading PostgreSQL (`Listings.forEachBatchForSearch` alone, %,d "
                + "listings, measured after) | %.1f s |%n", read[0], seconds(readOnly)));
        out.append(String.format(Locale.ROOT, "%nSame answers (API against Elasticsearch direct): hits differ in %d, totals "
                + "in %d. Mean %.1f hits and %,.0f found per search.%n", apiHits, apiTotals,
                hitsReturned / (double) queries, totalFound / (double) queries));
        examples.forEach(example -> out.append("- ").append(example).append('\n'));
        out.append(String.format(Locale.ROOT, "%nTargets (2 cores): API p95 under 20 ms: %s (%.2f ms); API p95 at most "
                        + "1.3 x Elasticsearch: %s (%.2f x); reindex at least 15,000 docs/s: %s (%,.0f).%n",
                met(viaApi.percentileMs(95) < 20), viaApi.percentileMs(95),
                met(viaApi.percentileMs(95) <= 1.3 * floor.percentileMs(95)), viaApi.percentileMs(95) / floor.percentileMs(95),
                met(docsPerSecond >= 15_000), docsPerSecond));
        return out.toString();
    }

    private Timed throughApi(ListingSearch search) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "?" + search.apiParameters()))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        return new Timed(elapsed, SearchAnswer.ofApi(DirectElasticsearch.ok(response, request), "listingId"));
    }

    private static Timed directly(DirectElasticsearch direct, ListingSearch search) throws Exception {
        DirectElasticsearch.Answer answer = direct.send(search.asQuery(), search.currency(), Instant.now());
        return new Timed(answer.nanos(), SearchAnswer.ofElasticsearch(answer.hits()));
    }

    private static Timed inProcess(eu.reloop.search.ListingSearch service, ListingSearch search) {
        long start = System.nanoTime();
        ListingResults results = service.search(search.asQuery());
        long elapsed = System.nanoTime() - start;
        return new Timed(elapsed, new SearchAnswer(results.page().hits().stream()
                .map(hit -> new SearchAnswer.Hit(hit.listingId().toString(), hit.distanceKm() * 1000)).toList(),
                results.page().total()));
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
