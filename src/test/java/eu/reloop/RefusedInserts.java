package eu.reloop;

import java.util.UUID;

import eu.reloop.embedded.LocalPostgres;

/**
 * The database refusing some inserts into a table until closed, as a failure partway through the application's work:
 * a trigger, added by the superuser, raises on every new row that meets the condition.
 */
public final class RefusedInserts implements AutoCloseable {

    private final String table;
    private final String name;

    private RefusedInserts(String table, String name) {
        this.table = table;
        this.name = name;
    }

    /** @param condition SQL about {@code new}, with any values written in it (DDL takes no parameters) */
    public static RefusedInserts into(String table, String condition) {
        String name = "refused_in_test_" + UUID.randomUUID().toString().replace("-", "");
        TestServices.inTransactionAs(LocalPostgres.SUPERUSER, superuser -> {
            superuser.sql("create function " + name + "() returns trigger language plpgsql as "
                    + "$$ begin raise exception 'refused by the test'; end $$").update();
            superuser.sql("create trigger " + name + " before insert on " + table + " for each row when (" + condition
                    + ") execute function " + name + "()").update();
        });
        return new RefusedInserts(table, name);
    }

    @Override
    public void close() {
        TestServices.inTransactionAs(LocalPostgres.SUPERUSER, superuser -> {
            superuser.sql("drop trigger " + name + " on " + table).update();
            superuser.sql("drop function " + name + "()").update();
        });
    }
}
