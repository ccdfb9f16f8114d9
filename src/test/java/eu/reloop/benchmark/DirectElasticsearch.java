package eu.reloop.benchmark;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.AopTestUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSearch;
import eu.reloop.search.OrganisationQuery;
import eu.reloop.search.OrganisationSearch;

/**
 * Sends the request a search service builds, serialised by the application's own client, over plain HTTP
 * like the API calls: what is left is Elasticsearch's own time. The services build it in a package-private
 * method on purpose (it exposes Elasticsearch's types); the harness reaches it by reflection.
 */
final class DirectElasticsearch {

    /** How long Elasticsearch took, and its {@code hits} object. */
    record Answer(long nanos, JsonNode hits) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Object service;
    private final Method request;
    private final JsonpMapper mapper;
    private final URI elasticsearch;
    private final HttpClient http;

    DirectElasticsearch(ConfigurableApplicationContext context, Class<?> serviceType, URI elasticsearch, HttpClient http,
            Class<?>... requestParameters) throws NoSuchMethodException {
        this.service = AopTestUtils.getUltimateTargetObject(context.getBean(serviceType));
        this.request = serviceType.getDeclaredMethod("request", requestParameters);
        this.request.setAccessible(true);
        this.mapper = context.getBean(ElasticsearchClient.class)._jsonpMapper();
        this.elasticsearch = elasticsearch;
        this.http = http;
    }

    /** The organisation search's requests, sent with an {@code OrganisationQuery} and the instant. */
    static DirectElasticsearch forOrganisations(ConfigurableApplicationContext context, URI elasticsearch, HttpClient http)
            throws NoSuchMethodException {
        return new DirectElasticsearch(context, OrganisationSearch.class, elasticsearch, http, OrganisationQuery.class,
                Instant.class);
    }

    /** The listing search's requests, sent with a {@code ListingQuery}, the currency and the instant. */
    static DirectElasticsearch forListings(ConfigurableApplicationContext context, URI elasticsearch, HttpClient http)
            throws NoSuchMethodException {
        return new DirectElasticsearch(context, ListingSearch.class, elasticsearch, http, ListingQuery.class,
                String.class, Instant.class);
    }

    /** The request body the service builds for these arguments. */
    String body(Object... arguments) throws ReflectiveOperationException {
        return JsonpUtils.toJsonString(built(arguments), mapper);
    }

    Answer send(Object... arguments) throws ReflectiveOperationException, IOException, InterruptedException {
        SearchRequest built = built(arguments);
        HttpRequest post = HttpRequest.newBuilder(elasticsearch.resolve("/" + String.join(",", built.index()) + "/_search"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JsonpUtils.toJsonString(built, mapper))).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        return new Answer(elapsed, ok(response, post).path("hits"));
    }

    private SearchRequest built(Object... arguments) throws ReflectiveOperationException {
        return (SearchRequest) request.invoke(service, arguments);
    }

    /** The answer's JSON; anything but a 200 stops the run. */
    static JsonNode ok(HttpResponse<byte[]> response, HttpRequest request) throws IOException {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }
}
