package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

import eu.reloop.IntegrationTest;

/**
 * The public API's rate limit per client address: past it, 429 with {@code Retry-After} and a problem, while other
 * clients go on. A filter with a tiny limit shows the answer; the application's own filter, whose bucket for one
 * client this test empties, shows that the API runs behind it (the shared test configuration gives every client
 * more than the whole run sends, hardly refilled).
 */
@IntegrationTest
class RateLimitTests {

    private static final String SEARCH = "/api/v1/search/organisations";

    @Autowired
    ApiRateLimits limits;

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver problems;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pastTheLimitAClientIsAnswered429WithRetryAfterAsAProblemAndOthersGoOn() throws Exception {
        // Three at once, then one every 20 seconds.
        ApiRateLimits threePerMinute = new ApiRateLimits(new RateLimitProperties(
                new RateLimitProperties.Api(3, Duration.ofMinutes(1), 10, Set.of())), problems);
        for (int i = 0; i < 3; i++) {
            assertThat(call(threePerMinute, "198.51.100.1").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = call(threePerMinute, "198.51.100.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("20");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429",
                "Too many requests from your address. Try again in 20 seconds.");
        assertThat(call(threePerMinute, "198.51.100.2").getStatus()).isEqualTo(200);
    }

    @Test
    void aClientThatAcceptsOnlyHtmlIsAnswered429Too() throws Exception {
        ApiRateLimits onePerMinute = new ApiRateLimits(new RateLimitProperties(
                new RateLimitProperties.Api(1, Duration.ofMinutes(1), 10, Set.of())), problems);
        call(onePerMinute, "198.51.100.3");
        MockHttpServletRequest html = request("198.51.100.3");
        html.addHeader("Accept", "text/html");
        MockHttpServletResponse refused = new MockHttpServletResponse();

        onePerMinute.doFilter(html, refused, new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    }

    @Test
    void theApiRunsBehindTheLimitExceptStripesWebhook() throws Exception {
        String client = "2001:db8:429:1::1";
        while (limits.take(ClientAddress.of(client)).isConsumed()) {
            // Emptying this client's bucket.
        }

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(SEARCH + "?place=Bergen")).GET(), client);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(send(HttpRequest.newBuilder(uri(SEARCH + "?place=Bergen")).GET(), "2001:db8:429:2::1").statusCode())
                .isEqualTo(200);
        // Stripe signs its deliveries and backs off by itself: an unsigned one is refused for its signature, not its rate.
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/payments/stripe/webhook")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), client).statusCode()).isEqualTo(400);
    }

    private static MockHttpServletResponse call(ApiRateLimits filter, String clientAddress) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(clientAddress), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String clientAddress) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", SEARCH);
        request.setServletPath(SEARCH);
        request.setRemoteAddr(clientAddress);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String forwardedFor) throws Exception {
        return http.send(request.header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
