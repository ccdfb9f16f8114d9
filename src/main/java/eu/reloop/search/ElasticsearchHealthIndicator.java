package eu.reloop.search;

import java.io.IOException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

/** The {@code elasticsearch} health component: down when the cluster is unreachable or red. */
@Component("elasticsearchHealthIndicator")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    ElasticsearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws IOException {
        HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
        (health.status() == HealthStatus.Red ? builder.down() : builder.up())
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes());
    }
}
