package eu.reloop.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only trail of changes to accounts (V22: the database refuses to change or delete a line). */
@Component
class AccountAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change in the transaction that makes it, in the name of whoever is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID userId, AccountAction action, @Nullable Role role, @Nullable String reason) {
        record(userId, currentActor(), action, role, reason);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID userId, String actor, AccountAction action, @Nullable Role role, @Nullable String reason) {
        jdbc.sql("""
                        insert into account_audit (user_id, actor, action, role, reason, recorded_at)
                        values (:user, :actor, :action, :role, :reason, :now)""")
                .param("user", userId).param("actor", actor).param("action", action.name())
                .param("role", role == null ? null : role.name()).param("reason", reason)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    List<AccountAuditEntry> trail(UUID userId) {
        return jdbc.sql("select actor, action, role, reason, recorded_at from account_audit where user_id = :user order by id")
                .param("user", userId)
                .query((rs, row) -> new AccountAuditEntry(rs.getString("actor"), AccountAction.valueOf(rs.getString("action")),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")), rs.getString("reason"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    static String currentActor() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            throw new IllegalStateException("An account change needs someone who makes it");
        }
        return user.getName();
    }
}
