package eu.reloop.embedded;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts what is not configured: PostgreSQL without a datasource URL, Elasticsearch without a search URL. */
@Configuration(proxyBeanMethods = false)
class EmbeddedServicesConfiguration {

    @Configuration(proxyBeanMethods = false)
    @WhenNoDatabaseConfigured
    static class Postgres {

        @Bean(destroyMethod = "close")
        LocalPostgres localPostgres(EmbeddedProperties properties) {
            return LocalPostgres.start(properties.postgres().dataDir());
        }

        @Bean
        DataSource dataSource(LocalPostgres postgres) {
            return DataSourceBuilder.create()
                    .url(postgres.jdbcUrl())
                    .username(LocalPostgres.RUNTIME)
                    .build();
        }

        /** Migrates as the owner, granting the application's role what it needs: spring.flyway.user, for the embedded server. */
        @Bean
        FlywayConfigurationCustomizer migrateAsOwner(LocalPostgres postgres) {
            return flyway -> {
                flyway.dataSource(postgres.jdbcUrl(), LocalPostgres.OWNER, null);
                Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
                placeholders.put("runtime-role", LocalPostgres.RUNTIME);
                flyway.placeholders(placeholders);
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${reloop.elasticsearch.url:}'.isBlank()")
    static class Elasticsearch {

        @Bean(destroyMethod = "close")
        LocalElasticsearch localElasticsearch(EmbeddedProperties properties) {
            EmbeddedProperties.Elasticsearch settings = properties.elasticsearch();
            return LocalElasticsearch.start(settings.home(), settings.dataDir(), settings.heap(),
                    settings.startupTimeout());
        }
    }
}
