package eu.reloop.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Submits again the index updates that failed (Elasticsearch was down), so that search catches up
 * by itself once it is back. The publications stay in PostgreSQL until they complete.
 */
@Component
class SearchRecovery {

    private static final Logger log = LoggerFactory.getLogger(SearchRecovery.class);

    private final IncompleteEventPublications incomplete;
    private final SearchProperties properties;

    SearchRecovery(IncompleteEventPublications incomplete, SearchProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${reloop.search.retry-interval:30s}")
    @SchedulerLock(name = "search.recovery")
    public void resubmitFailedUpdates() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.retryInterval());
        } catch (RuntimeException stillDown) {
            log.warn("Search updates are still waiting for Elasticsearch: {}", stillDown.getMessage());
        }
    }
}
