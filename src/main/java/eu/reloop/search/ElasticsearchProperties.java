package eu.reloop.search;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Elasticsearch. Without a URL, ReLoop starts its own node (see the embedded module).
 *
 * @param url for example {@code https://search.example.org:9200}
 * @param apiKey an encoded API key, sent as {@code Authorization: ApiKey ...}
 * @param username basic-authentication user, when no API key is given
 * @param password basic-authentication password
 */
@ConfigurationProperties("reloop.elasticsearch")
public record ElasticsearchProperties(
        @Nullable String url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password) {
}
