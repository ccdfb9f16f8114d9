package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.reloop.IntegrationTest;

@IntegrationTest
class EventOutboxTests {

    @Autowired
    EventOutbox outbox;

    @Autowired
    EventOutboxProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void completedPublicationsAreDeletedOnceOlderThanTheirKeepingTimeAndOthersStay() {
        Instant now = Instant.now();
        UUID old = publication("COMPLETED", now.minus(properties.keepCompleted()).minus(Duration.ofHours(1)));
        UUID recent = publication("COMPLETED", now.minus(properties.keepCompleted()).plus(Duration.ofHours(1)));
        try {
            // Released as ShedLock releases it, in case the scheduled clean-up ran in this test run already.
            jdbc.sql("update shedlock set lock_until = now() where name = 'events.delete-completed'").update();
            outbox.deleteCompleted();

            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
        } finally {
            delete(recent);
        }
    }

    @Test
    void aCompletedPublicationStaysCompleted() {
        UUID completed = publication("COMPLETED", Instant.now());
        try {
                // The claim Spring Modulith 2.1.1 makes before resubmitting a publication.
            int claimed = jdbc.sql("update event_publication set status = 'RESUBMITTED' where id = :id and status != 'RESUBMITTED'")
                    .param("id", completed).update();

            assertThat(claimed).isZero();
            assertThat(jdbc.sql("select status from event_publication where id = :id").param("id", completed)
                    .query(String.class).single()).isEqualTo("COMPLETED");
        } finally {
            delete(completed);
        }
    }

    private UUID publication(String status, Instant completedAt) {
        UUID id = UUID.randomUUID();
        OffsetDateTime published = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30);
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (:id, 'eu.reloop.test.Listener.on(Object)', 'java.lang.Object', '{}', :published, :completed, :status, 1)""")
                .param("id", id).param("published", published)
                .param("completed", completedAt.atOffset(ZoneOffset.UTC))
                .param("status", status).update();
        return id;
    }

    private void delete(UUID id) {
        jdbc.sql("delete from event_publication where id = :id").param("id", id).update();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id).query(Integer.class).single() == 1;
    }
}
