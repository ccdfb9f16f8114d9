package eu.reloop.shared;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keeps the event publication registry moving on every instance: publications whose listener failed are
 * submitted again until they complete (search catches up by itself once Elasticsearch is back, a mail goes
 * out once the mail server is), and completed ones are deleted once they are older than
 * {@link EventOutboxProperties#keepCompleted()}. Only failed publications are resubmitted, never ones still
 * being processed; a publication left processing by an instance that died is marked failed by Modulith's
 * staleness monitor ({@code spring.modulith.events.staleness}) and then taken up here.
 */
@Component
class EventOutbox {

    /** A generous batch: the async executor's concurrency limit paces the listeners anyway. */
    private static final ResubmissionOptions RESUBMISSION = ResubmissionOptions.defaults()
            .withBatchSize(1_000).withMaxInFlight(1_000);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final EventOutboxProperties properties;

    EventOutbox(FailedEventPublications failed, CompletedEventPublications completed,
                EventOutboxProperties properties) {
        this.failed = failed;
        this.completed = completed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${reloop.events.retry-interval:30s}")
    @SchedulerLock(name = "events.resubmit-failed", lockAtLeastFor = "${reloop.events.retry-interval:30s}",
            lockAtMostFor = "${reloop.events.retry-interval:30s}")
    public void resubmitFailed() {
        failed.resubmit(RESUBMISSION);
    }

    @Scheduled(fixedDelayString = "${reloop.events.cleanup-interval:1h}", initialDelayString = "5m")
    @SchedulerLock(name = "events.delete-completed", lockAtLeastFor = "${reloop.events.cleanup-interval:1h}",
            lockAtMostFor = "${reloop.events.cleanup-interval:1h}")
    public void deleteCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }
}
