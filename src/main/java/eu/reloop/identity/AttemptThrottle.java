package eu.reloop.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.ThrottleProperties.Policy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Attempts counted per key in PostgreSQL ({@code attempt_throttle}), so that every instance of the application
 * sees the same counts. An attempt is claimed before it is made, by one statement that checks the key's wait and
 * counts: a burst of parallel requests queues on the key's row, and once the count reaches a wait the rest are
 * refused, instead of all passing before the first failure is written.
 */
@Component
class AttemptThrottle {

    static final String PRUNE_JOB = "identity.attempt-throttle-prune";

    /** What claiming an attempt gave. */
    sealed interface Claim {
    }

    /** The attempt may go ahead; it is the {@code attempt}-th of its window. */
    record Granted(byte[] key, int attempt) implements Claim {
    }

    /** Refused: nothing goes ahead before {@code until}; {@code paused} when that is a pause, not a delay. */
    record Blocked(Instant until, boolean paused) implements Claim {
    }

    private final JdbcClient jdbc;
    private final ThrottleProperties properties;
    private final Clock clock;

    AttemptThrottle(JdbcClient jdbc, ThrottleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key of a subject (an address typed, a client address) for one kind of attempt; only its hash is stored. */
    static byte[] key(String kind, String subject) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((kind + "\n" + subject).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    @Transactional
    Claim claim(byte[] key, Policy policy) {
        Instant now = clock.instant();
        Optional<Integer> counted = jdbc.sql("""
                        insert into attempt_throttle as t (key_hash, attempts, window_started_at) values (:key, 1, :now)
                        on conflict (key_hash) do update set
                            attempts = case when t.window_started_at <= :windowStart then 1 else t.attempts + 1 end,
                            window_started_at = case when t.window_started_at <= :windowStart then :now else t.window_started_at end
                        where t.blocked_until is null or t.blocked_until <= :now
                        returning attempts""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(policy.window())))
                .query(Integer.class).optional();
        if (counted.isEmpty()) {
            // The row is locked by the statement above, so it still says why.
            return jdbc.sql("select attempts, blocked_until from attempt_throttle where key_hash = :key").param("key", key)
                    .query((rs, row) -> new Blocked(rs.getTimestamp("blocked_until").toInstant(),
                            policy.paused(rs.getInt("attempts"))))
                    .single();
        }
        int attempt = counted.get();
        @Nullable Instant blockedUntil = policy.blockedAfter(attempt, now);
        if (blockedUntil != null) {
            jdbc.sql("update attempt_throttle set blocked_until = :until where key_hash = :key")
                    .param("until", Timestamp.from(blockedUntil)).param("key", key).update();
        }
        return new Granted(key, attempt);
    }

    /** The subject proved itself (a right password): its count starts again. */
    @Transactional
    void forget(byte[] key) {
        jdbc.sql("delete from attempt_throttle where key_hash = :key").param("key", key).update();
    }

    /**
     * A granted attempt succeeded and does not count: the count goes back by one, and so does a wait that this
     * attempt alone had started.
     */
    @Transactional
    void refund(byte[] key, Policy policy) {
        jdbc.sql("""
                        update attempt_throttle
                        set attempts = attempts - 1,
                            blocked_until = case when attempts - 1 <= :free then null else blocked_until end
                        where key_hash = :key and attempts > 0""")
                .param("free", policy.freeAttempts()).param("key", key).update();
    }

    /** Counts whose window and wait are over matter no more. Once an hour across all instances. */
    @Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
    @SchedulerLock(name = PRUNE_JOB, lockAtLeastFor = "1h", lockAtMostFor = "1h")
    @Transactional
    public void prune() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from attempt_throttle
                        where window_started_at < :before and (blocked_until is null or blocked_until < :now)""")
                .param("before", Timestamp.from(now.minus(properties.longestWindow()))).param("now", Timestamp.from(now))
                .update();
    }
}
