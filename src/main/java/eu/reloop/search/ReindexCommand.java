package eu.reloop.search;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import eu.reloop.identity.SystemActor;

/**
 * The command-line way to rebuild every index from PostgreSQL: start the application with
 * {@code --reindex}; it rebuilds, reports, and exits. An operator runs it like an admin would.
 */
@Component
class ReindexCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final SearchIndexes indexes;
    private final ConfigurableApplicationContext context;

    ReindexCommand(SearchIndexes indexes, ConfigurableApplicationContext context) {
        this.indexes = indexes;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("reindex")) {
            return;
        }
        int[] exitCode = {0};
        SystemActor.runAsAdmin("reindex-command", () -> {
            try {
                for (SearchIndex index : SearchIndex.values()) {
                    Instant started = Instant.now();
                    String concrete = indexes.reindex(index);
                    log.info("Rebuilt {} into {}: {} documents in {} ms", index.alias(), concrete,
                            indexes.documentCount(index), Duration.between(started, Instant.now()).toMillis());
                }
            } catch (RuntimeException e) {
                log.error("Reindex failed; the previous index still serves: {}", e.getMessage());
                exitCode[0] = 1;
            }
        });
        System.exit(SpringApplication.exit(context, () -> exitCode[0]));
    }
}
