package eu.reloop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import eu.reloop.embedded.LocalPostgres;

/**
 * An append-only table (an audit trail, the stamp log) refuses a change twice over: the role the application
 * connects as has no right to it, and even the owner, who has, meets the table's trigger.
 */
public final class AppendOnlyTables {

    private AppendOnlyTables() {
    }

    public static void assertCannotBeRewritten(String sql, Map<String, ?> parameters) {
        assertThatThrownBy(() -> TestServices.inTransactionAs(LocalPostgres.RUNTIME,
                runtime -> runtime.sql(sql).params(parameters).update()))
                .as("as the application's role").rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> TestServices.inTransactionAs(LocalPostgres.OWNER,
                owner -> owner.sql(sql).params(parameters).update()))
                .as("as the owner").rootCause().hasMessageContaining("append-only");
    }

    /**
     * Changes rows as someone with every right over the database could (the owner by switching a table's trigger
     * off, the superuser as here): triggers off for this one transaction.
     */
    public static void rewriteBehindTheApplicationsBack(String sql, Map<String, ?> parameters) {
        TestServices.inTransactionAs(LocalPostgres.SUPERUSER, superuser -> {
            superuser.sql("set local session_replication_role = replica").update();
            superuser.sql(sql).params(parameters).update();
        });
    }
}
