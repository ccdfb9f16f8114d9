package eu.reloop.stamp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.reloop.notification.Notifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The log's self-audit: soon after start-up ({@code reloop.stamp.audit-delay}, 10 s) and every {@code reloop.stamp.audit-interval} (1 hour), on one
 * instance, {@link StampLog#verify()} runs and its outcome is kept. Every instance reports the latest outcome as
 * the {@code stampLog} health component, and admins are e-mailed when the log first fails.
 */
@Component("stampLogHealthIndicator")
public class StampLogAudit extends AbstractHealthIndicator {

    private static final Logger logger = LoggerFactory.getLogger(StampLogAudit.class);

    private final StampLog log;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StampLogAudit(StampLog log, Notifications notifications, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        super("Stamp log audit could not be read");
        this.log = log;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${reloop.stamp.audit-interval:1h}", initialDelayString = "${reloop.stamp.audit-delay:10s}")
    @SchedulerLock(name = "stamp.log-audit", lockAtLeastFor = "${reloop.stamp.audit-interval:1h}",
            lockAtMostFor = "${reloop.stamp.audit-interval:1h}")
    public void scheduledAudit() {
        // Through the template: a call on this bean's own method would pass by its @Transactional.
        transaction.execute(status -> audit());
    }

    /**
     * Checks the log now and keeps the outcome; the first failure after a pass (or ever) is sent to admins. One
     * transaction: an outcome is kept only with its notice, so a failure that could not be told is told next time.
     */
    @Transactional
    public StampLog.Verification audit() {
        boolean wasIntact = latest().map(Audit::intact).orElse(true);
        StampLog.Verification verification = log.verify();
        jdbc.sql("""
                        insert into stamp_log_audit (checked_at, entries, intact, problem)
                        values (:at, :entries, :intact, :problem)""")
                .param("at", Timestamp.from(clock.instant())).param("entries", verification.entries())
                .param("intact", verification.intact()).param("problem", verification.problem()).update();
        if (!verification.intact()) {
            logger.error("The stamp log failed its self-audit at entry {}: {}", verification.firstBrokenSequence(),
                    verification.problem());
            if (wasIntact) {
                notifications.notifyAdmins("notice.stamp-log-broken", List.of(String.valueOf(verification.problem())),
                        "/actuator/health");
            }
        }
        return verification;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<Audit> latest = latest();
        if (latest.isEmpty()) {
            builder.unknown().withDetail("checked", "not yet");
            return;
        }
        Audit audit = latest.get();
        (audit.intact() ? builder.up() : builder.down()).withDetail("checkedAt", audit.checkedAt().toString())
                .withDetail("entries", audit.entries());
        if (audit.problem() != null) {
            builder.withDetail("problem", audit.problem());
        }
    }

    private Optional<Audit> latest() {
        return jdbc.sql("select checked_at, entries, intact, problem from stamp_log_audit order by id desc limit 1")
                .query((rs, row) -> new Audit(rs.getTimestamp("checked_at").toInstant(), rs.getLong("entries"),
                        rs.getBoolean("intact"), rs.getString("problem"))).optional();
    }

    private record Audit(Instant checkedAt, long entries, boolean intact, @Nullable String problem) {
    }
}
