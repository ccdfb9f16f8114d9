package eu.reloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.reloop.directory.DirectoryFixtures;
import eu.reloop.impact.OpenData;
import eu.reloop.market.MarketTestSetup;

/**
 * Bad input to every operation the OpenAPI document lists, in every query and path parameter, while the
 * other parameters are valid: never a redirect or a server error, always a problem that names the
 * parameter (or, for a path refused as a whole, the path), always within a second, and a refusal
 * wherever the value cannot be valid. All failures are collected, so that one run shows every one.
 */
@IntegrationTest
class ApiBadInputTests {

    private static final Duration QUICKLY = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROBLEM = Pattern.compile("application/problem\\+json.*");

    /** Valid values for parameters whose schema gives neither an example nor an enum; a real stamp and certificate join them. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("place", "Oslo"), Map.entry("lat", "59.91"), Map.entry("lon", "10.75"),
            Map.entry("category", "phones"), Map.entry("brand", "Apple"), Map.entry("q", "phone"),
            Map.entry("currency", "NOK"), Map.entry("first", "1"), Map.entry("second", "1"));

    private static final String LONG_TEXT = "a".repeat(20_000);

    /** A bad value, already encoded for a URL, and for which parameters it can never be valid. */
    private record Bad(String name, String encoded, Predicate<Parameter> neverValidFor) {
    }

    private record Parameter(String name, String in, String type, List<String> enumValues, boolean repeatable) {

        boolean numeric() {
            return type.equals("number") || type.equals("integer");
        }

        boolean typed() {
            return numeric() || type.equals("boolean") || !enumValues.isEmpty();
        }

        String sample(Map<String, String> samples) {
            if (samples.containsKey(name)) {
                return samples.get(name);
            }
            if (!enumValues.isEmpty()) {
                return enumValues.getFirst();
            }
            return switch (type) {
                case "boolean" -> "true";
                case "number", "integer" -> "1";
                default -> "x";
            };
        }
    }

    private static final List<Bad> BAD_VALUES = List.of(
            new Bad("wrong type", "abc", Parameter::typed),
            new Bad("blank", "", parameter -> false),
            new Bad("white space", "%20", parameter -> false),
            new Bad("NaN", "NaN", Parameter::numeric),
            new Bad("Infinity", "Infinity", Parameter::numeric),
            new Bad("huge", "1E%2B1000000", Parameter::numeric),
            new Bad("huge negative", "-1E%2B1000000", Parameter::numeric),
            new Bad("20,000 characters", LONG_TEXT, parameter -> true),
            new Bad("NUL", "x%00y", parameter -> true));

    /** In a path, a blank value would be another path, not a value; traversal is tried instead. */
    private static final List<Bad> PATH_VALUES = concat(BAD_VALUES.stream().filter(bad -> !bad.encoded().isEmpty()).toList(),
            List.of(new Bad("traversal", "..%2F..%2Fetc%2Fpasswd", parameter -> true),
                    new Bad("encoded dots", "%2e%2e%2f", parameter -> true)));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> samples = new HashMap<>(SAMPLES);

    @Autowired
    MarketTestSetup market;

    @Autowired
    OpenData openData;

    @Autowired
    TestClock clock;

    /** Codes, numbers and snapshot days that exist, so that optional parameters beside them are tried on a real answer. */
    @BeforeEach
    void noFailuresYetAndAStampThatExists() {
        failures.clear();
        MarketTestSetup.Centre centre = market.certifiedCentre("Bad Input Centre " + UUID.randomUUID(),
                DirectoryFixtures.remoteOrigin());
        samples.put("code", market.stampedPhone(centre).code().display());
        samples.put("number", centre.certificateNumber());
        openData.keepTodaysSnapshots();
        samples.put("day", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    }

    @Test
    void everyParameterOfEveryOperationRefusesBadInputByNameAndQuickly() throws Exception {
        JsonNode spec = JSON.readTree(send("GET", "/v3/api-docs", null, Map.of()).response().body());
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<Parameter> parameters = parameters(get);
            Map<String, List<String>> valid = new LinkedHashMap<>();
            parameters.forEach(parameter -> valid.put(parameter.name(), List.of(parameter.sample(samples))));
            // The first call of an endpoint warms it up; it is not timed, but must be sound.
            String baseline = url(path.getKey(), parameters, valid);
            check("valid values", null, send("GET", baseline, null, Map.of()), false, false);
            for (Parameter parameter : parameters) {
                for (Bad bad : parameter.in().equals("path") ? PATH_VALUES : BAD_VALUES) {
                    requests += fuzz(path.getKey(), parameters, valid, parameter, bad.name(), List.of(bad.encoded()),
                            bad.neverValidFor().test(parameter));
                }
                if (parameter.in().equals("query")) {
                    // Given twice: ambiguous unless the parameter takes several values.
                    requests += fuzz(path.getKey(), parameters, valid, parameter, "repeated",
                            List.of(parameter.sample(samples), parameter.sample(samples)), !parameter.repeatable());
                    requests += fuzz(path.getKey(), parameters, valid, parameter, "repeated with a blank",
                            List.of(parameter.sample(samples), ""), !parameter.repeatable());
                }
            }
        }
        assertThat(requests).as("requests made").isGreaterThan(100);
        assertThat(failures).as("%d failures", failures.size()).isEmpty();
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblemsToo() throws Exception {
        for (String unknown : List.of("/api/v1/nothing-here", "/api/v1/search/nothing-here", "/api/v1/search/listings/x",
                "/api/v1", "/api/v2/search/listings?place=Oslo", "/error")) {
            expectProblem("GET " + unknown, send("GET", unknown, null, Map.of()), 404);
        }
        for (String refused : List.of("/api/v1/search//listings?place=Oslo", "/api/v1/search/listings;x=1?place=Oslo")) {
            Answer answer = send("GET", refused, null, Map.of());
            expectProblem("GET " + refused, answer, 400);
            if (!detail(answer).contains("path")) {
                fail("GET " + refused, answer, "a detail that does not say the path is to change");
            }
        }
        expectProblem("POST /api/v1/search/listings", send("POST", "/api/v1/search/listings?place=Oslo", "", Map.of()), 405);
        expectProblem("DELETE /api/v1/search/organisations",
                send("DELETE", "/api/v1/search/organisations?place=Oslo", null, Map.of()), 405);
        expectProblem("PUT /api/v1/certificates/RLC-2026-00042",
                send("PUT", "/api/v1/certificates/RLC-2026-00042", "{}", Map.of("Content-Type", "application/json")), 405);
        assertThat(failures).as("%d failures", failures.size()).isEmpty();
    }

    @Test
    void theStripeWebhookRefusesUnsignedOrMistypedDeliveriesAsProblems() throws Exception {
        String webhook = "/api/v1/payments/stripe/webhook";
        expectProblem("GET webhook", send("GET", webhook, null, Map.of()), 405);
        expectRefusal("POST webhook as text/plain, unsigned",
                send("POST", webhook, "hello", Map.of("Content-Type", "text/plain")));
        expectRefusal("POST webhook as JSON, unsigned",
                send("POST", webhook, "{\"id\":\"evt_1\"}", Map.of("Content-Type", "application/json")));
        expectRefusal("POST webhook as JSON, badly signed", send("POST", webhook, "{\"id\":\"evt_1\"}",
                Map.of("Content-Type", "application/json", "Stripe-Signature", "t=1,v1=00")));
        expectRefusal("POST webhook as a form", send("POST", webhook, "a=b",
                Map.of("Content-Type", "application/x-www-form-urlencoded")));
        assertThat(failures).as("%d failures", failures.size()).isEmpty();
    }

    private int fuzz(String path, List<Parameter> parameters, Map<String, List<String>> valid, Parameter parameter,
            String what, List<String> values, boolean mustRefuse) throws Exception {
        Map<String, List<String>> query = new LinkedHashMap<>(valid);
        query.put(parameter.name(), values);
        String url = url(path, parameters, query);
        check(parameter.name() + " " + what, parameter, send("GET", url, null, Map.of()), mustRefuse, true);
        return 1;
    }

    /** The general promises, and where the value cannot be valid, a 4xx naming the parameter. */
    private void check(String what, Parameter parameter, Answer answer, boolean mustRefuse, boolean timed) {
        int status = answer.response().statusCode();
        if (status >= 300 && status < 400 || status >= 500) {
            fail(what, answer, "a redirect or a server error");
        } else if (mustRefuse && status < 400) {
            fail(what, answer, "accepted a value that cannot be valid");
        } else if (status >= 400 && !isProblem(answer.response())) {
            fail(what, answer, "a 4xx that is not application/problem+json");
        } else if (status >= 400 && parameter != null && !namesWhatToChange(answer.response().body(), parameter)) {
            fail(what, answer, "a 4xx that does not name " + parameter.name());
        }
        if (timed && answer.took().compareTo(QUICKLY) > 0) {
            fail(what, answer, "took " + answer.took().toMillis() + " ms");
        }
    }

    private void expectProblem(String what, Answer answer, int status) {
        if (answer.response().statusCode() != status || !isProblem(answer.response()) || detail(answer).isBlank()) {
            fail(what, answer, "expected a " + status + " problem with a detail");
        }
    }

    private void expectRefusal(String what, Answer answer) {
        int status = answer.response().statusCode();
        if (status < 400 || status >= 500 || !isProblem(answer.response()) || detail(answer).isBlank()) {
            fail(what, answer, "expected a 4xx problem with a detail");
        }
    }

    private static boolean isProblem(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").filter(type -> PROBLEM.matcher(type).matches()).isPresent();
    }

    /**
     * The parameter's name as a word of the detail or as an error's parameter; a path parameter may instead
     * be refused with the whole path, before any endpoint sees it, by a detail that says so.
     */
    private static boolean namesWhatToChange(String body, Parameter parameter) {
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (Exception notJson) {
            return false;
        }
        String detail = problem.path("detail").asText("");
        Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(parameter.name()) + "(?![\\w-])");
        boolean named = word.matcher(detail).find();
        for (JsonNode error : problem.path("errors")) {
            named |= parameter.name().equals(error.path("parameter").asText());
        }
        return named || parameter.in().equals("path") && detail.toLowerCase().contains("path");
    }

    private String detail(Answer answer) {
        try {
            return JSON.readTree(answer.response().body()).path("detail").asText("");
        } catch (Exception notJson) {
            return "";
        }
    }

    private void fail(String what, Answer answer, String problem) {
        String body = answer.response().body();
        failures.add(String.format("%s: %s%n  %s %s%n  -> %d %s (%d ms)%n  %s", what, problem, answer.method(),
                abbreviated(answer.url()), answer.response().statusCode(),
                answer.response().headers().firstValue("Content-Type").orElse("(no content type)"),
                answer.took().toMillis(), abbreviated(body)));
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }

    private static List<Parameter> parameters(JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asText();
            if (!in.equals("query") && !in.equals("path")) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            boolean repeatable = schema.path("type").asText().equals("array");
            JsonNode single = repeatable ? schema.path("items") : schema;
            List<String> enumValues = new ArrayList<>();
            single.path("enum").forEach(value -> enumValues.add(value.asText()));
            parameters.add(new Parameter(parameter.path("name").asText(), in, single.path("type").asText("string"),
                    enumValues, repeatable));
        }
        return parameters;
    }

    private static String url(String template, List<Parameter> parameters, Map<String, List<String>> values) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : parameters) {
            List<String> given = values.get(parameter.name());
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", given.getFirst());
            } else {
                for (String value : given) {
                    query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
                }
            }
        }
        return path + query;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private record Answer(String method, String url, HttpResponse<String> response, Duration took) {
    }

    private Answer send(String method, String pathAndQuery, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(method, pathAndQuery, response, Duration.ofNanos(System.nanoTime() - started));
    }
}
