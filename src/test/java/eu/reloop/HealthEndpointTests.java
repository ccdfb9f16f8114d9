package eu.reloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthEndpointTests {

    @LocalServerPort
    int port;

    @Test
    void anonymousVisitorsSeeTheDatabaseAndSearchComponentsButNoDetails() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"elasticsearch\":{\"status\":\"UP\"}")
                .doesNotContain("cluster");
    }

    @Test
    void readinessDependsOnTheDatabaseAndSearch() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"elasticsearch\"").contains("\"readinessState\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
