package eu.reloop.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the embedded servers keep their data, used only when no database or search URL is configured. */
@ConfigurationProperties("reloop.embedded")
public record EmbeddedProperties(@DefaultValue Postgres postgres, @DefaultValue Elasticsearch elasticsearch) {

    public record Postgres(@DefaultValue("data/postgres") Path dataDir) {
    }

    public record Elasticsearch(
            @DefaultValue("target/elasticsearch/elasticsearch-8.19.21") Path home,
            @DefaultValue("data/elasticsearch") Path dataDir,
            @DefaultValue("512m") String heap,
            @DefaultValue("180s") Duration startupTimeout) {
    }
}
