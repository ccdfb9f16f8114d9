package eu.reloop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import eu.reloop.TestServices;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

class ElasticsearchHealthIndicatorTests {

    @Test
    void upWhileTheClusterAnswers() throws Exception {
        try (RestClient rest = RestClient.builder(HttpHost.create(TestServices.elasticsearch().url().toString())).build()) {
            Health health = indicator(rest).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("nodes", 1);
        }
    }

    @Test
    void downWhenNothingAnswers() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", closedPort)).build()) {
            assertThat(indicator(rest).health(true).getStatus()).isEqualTo(Status.DOWN);
        }
    }

    private static ElasticsearchHealthIndicator indicator(RestClient rest) {
        return new ElasticsearchHealthIndicator(
                new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())));
    }
}
