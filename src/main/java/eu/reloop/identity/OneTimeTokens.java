package eu.reloop.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.shared.LinkTokens;
import eu.reloop.shared.RefusedException;

/**
 * Single-use links: a random token of 256 bits goes into the link, and only its SHA-256 hash into the
 * database. Redeeming marks it used in the same statement that checks it, so two clicks cannot both succeed.
 */
@Component
class OneTimeTokens {

    enum Purpose {
        CONFIRM_EMAIL, SET_PASSWORD, RESUME_SIGN_IN
    }

    /** What a redeemed token stood for. */
    record Redeemed(UUID userId, @Nullable String email) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the user; earlier unused ones of the same purpose stop working, so only the latest link does. */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(Purpose purpose, UUID userId, @Nullable String email, Duration validity) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update one_time_token set used_at = :now
                        where user_id = :user and purpose = :purpose and used_at is null""")
                .param("now", Timestamp.from(now)).param("user", userId).param("purpose", purpose.name()).update();
        String token = LinkTokens.newToken();
        jdbc.sql("""
                        insert into one_time_token (token_hash, purpose, user_id, email, created_at, expires_at)
                        values (:hash, :purpose, :user, :email, :now, :expires)""")
                .param("hash", LinkTokens.hash(token)).param("purpose", purpose.name()).param("user", userId)
                .param("email", email).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(validity))).update();
        return token;
    }

    /**
     * Uses up a token.
     *
     * @throws RefusedException naming the {@code token} field: unknown or altered, meant for something else,
     *         already used, or expired; nothing changes then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Redeemed redeem(Purpose purpose, String token) {
        byte[] hash = LinkTokens.hash(token);
        Instant now = clock.instant();
        Optional<Redeemed> redeemed = jdbc.sql("""
                        update one_time_token set used_at = :now
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        returning user_id, email""")
                .param("now", Timestamp.from(now)).param("hash", hash).param("purpose", purpose.name())
                .query((rs, row) -> new Redeemed(rs.getObject("user_id", UUID.class), rs.getString("email")))
                .optional();
        return redeemed.orElseThrow(() -> RefusedException.onField("token", whyNot(hash, purpose, now)));
    }

    /** Why a token did not work, for a message the person can act on. */
    private String whyNot(byte[] hash, Purpose purpose, Instant now) {
        record Stored(String purpose, @Nullable Timestamp usedAt, Timestamp expiresAt) {
        }
        return jdbc.sql("select purpose, used_at, expires_at from one_time_token where token_hash = :hash")
                .param("hash", hash)
                .query((rs, row) -> new Stored(rs.getString("purpose"), rs.getTimestamp("used_at"), rs.getTimestamp("expires_at")))
                .optional()
                .map(stored -> !stored.purpose().equals(purpose.name()) ? "token.error.invalid"
                        : stored.usedAt() != null ? "token.error.used"
                        : !stored.expiresAt().toInstant().isAfter(now) ? "token.error.expired" : "token.error.invalid")
                .orElse("token.error.invalid");
    }
}
