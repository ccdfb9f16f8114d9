package eu.reloop.stamp;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the role ReLoop connects as could rewrite the stamp log itself: the log's append-only
 * trigger holds only against a role that may neither change rows, nor own the table, nor switch triggers off.
 * The embedded default connects as such a role; a production database is set up by its operator (README).
 */
@Component
class StampLogRights {

    private static final Logger log = LoggerFactory.getLogger(StampLogRights.class);

    private final JdbcClient jdbc;

    StampLogRights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenTheLogCanBeRewritten() {
        List<String> excess = beyondAppending(jdbc);
        if (!excess.isEmpty()) {
            log.warn("ReLoop connects to PostgreSQL as a role that {}: it could rewrite the stamp log. Connect as a role "
                    + "that owns nothing (spring.datasource.username) and migrate as the owner (spring.flyway.user); "
                    + "see README, \"Configure it\".", String.join(", ", excess));
        }
    }

    /** What the connection's role may do to the stamp log beyond reading and appending, in words; empty if nothing. */
    static List<String> beyondAppending(JdbcClient jdbc) {
        return jdbc.sql("""
                        select r.rolsuper as superuser,
                               pg_has_role(current_user, c.relowner, 'MEMBER') as owner,
                               has_table_privilege('stamp_log_entry', 'UPDATE') or has_table_privilege('stamp_log_entry', 'DELETE')
                                   or has_table_privilege('stamp_log_entry', 'TRUNCATE') as changes
                        from pg_roles r, pg_class c
                        where r.rolname = current_user and c.oid = 'stamp_log_entry'::regclass""")
                .query((rs, row) -> {
                    List<String> excess = new ArrayList<>();
                    if (rs.getBoolean("superuser")) {
                        excess.add("is a superuser (and so may set session_replication_role)");
                    }
                    if (rs.getBoolean("owner")) {
                        excess.add("owns the stamp log's table");
                    }
                    if (rs.getBoolean("changes")) {
                        excess.add("may update, delete or truncate its rows");
                    }
                    return excess;
                }).single();
    }
}
