package eu.reloop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import eu.reloop.TestServices;

class LocalPostgresTests {

    @Test
    void keepsItsDataAcrossARestartAndStopsCleanly() {
        Path dataDirectory = TestServices.temporaryFolder("postgres-restart-");

        LocalPostgres first = LocalPostgres.start(dataDirectory);
        jdbc(first).sql("create table note (text text)").update();
        jdbc(first).sql("insert into note values ('still here')").update();
        first.close();
        assertThat(first.isRunning()).isFalse();

        LocalPostgres second = LocalPostgres.start(dataDirectory);
        try {
            assertThat(jdbc(second).sql("select text from note").query(String.class).single()).isEqualTo("still here");
        } finally {
            second.close();
        }
        assertThat(second.isRunning()).isFalse();
    }

    /** A data folder from before the two roles: what the superuser made passes to the owner role on the next start. */
    @Test
    void hasAnOwnerRoleThatOwnsEverythingAndARuntimeRoleThatOwnsNothing() {
        Path dataDirectory = TestServices.temporaryFolder("postgres-roles-");
        LocalPostgres first = LocalPostgres.start(dataDirectory);
        JdbcClient superuser = jdbc(first, LocalPostgres.SUPERUSER);
        superuser.sql("create table made_before (id bigint generated always as identity, text text)").update();
        superuser.sql("create sequence numbers_made_before").update();
        superuser.sql("create function made_before_too() returns int language sql as 'select 1'").update();
        first.close();

        LocalPostgres second = LocalPostgres.start(dataDirectory);
        try {
            assertThat(jdbc(second, LocalPostgres.SUPERUSER).sql("""
                            select c.relname || ' ' || pg_get_userbyid(c.relowner) from pg_class c
                            where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'S')
                            union all
                            select p.proname || ' ' || pg_get_userbyid(p.proowner) from pg_proc p
                            where p.pronamespace = 'public'::regnamespace""").query(String.class).list())
                    .containsExactlyInAnyOrder("made_before reloop", "made_before_id_seq reloop", "numbers_made_before reloop",
                            "made_before_too reloop");
            assertThat(jdbc(second, LocalPostgres.SUPERUSER).sql("""
                            select rolname from pg_roles where rolname in (:roles) and rolcanlogin and not rolsuper""")
                    .param("roles", java.util.List.of(LocalPostgres.OWNER, LocalPostgres.RUNTIME)).query(String.class).list())
                    .containsExactlyInAnyOrder(LocalPostgres.OWNER, LocalPostgres.RUNTIME);
            jdbc(second, LocalPostgres.OWNER).sql("create table made_by_the_owner (text text)").update();
        } finally {
            second.close();
        }
    }

    private static JdbcClient jdbc(LocalPostgres postgres) {
        return jdbc(postgres, LocalPostgres.OWNER);
    }

    private static JdbcClient jdbc(LocalPostgres postgres, String role) {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), postgres.jdbcUrl(), role, null));
    }
}
