package eu.reloop.search;

import java.util.Base64;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import eu.reloop.embedded.LocalElasticsearch;
import org.elasticsearch.client.RestClient;

/** One Elasticsearch client for the application, pointed at the configured URL or at the local node. */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties, ObjectProvider<LocalElasticsearch> local) {
        String url = StringUtils.hasText(properties.url())
                ? properties.url()
                : local.getObject().url().toString();
        return RestClient.builder(HttpHost.create(url))
                .setDefaultHeaders(authorization(properties))
                .setRequestConfigCallback(request -> request.setConnectTimeout(2_000).setSocketTimeout(30_000))
                .build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    private static Header[] authorization(ElasticsearchProperties properties) {
        if (StringUtils.hasText(properties.apiKey())) {
            return new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())};
        }
        if (StringUtils.hasText(properties.username())) {
            String credentials = properties.username() + ":" + (properties.password() == null ? "" : properties.password());
            return new Header[] {new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)))};
        }
        return new Header[0];
    }
}
