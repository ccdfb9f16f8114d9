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

    private static JdbcClient jdbc(LocalPostgres postgres) {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), postgres.jdbcUrl()));
    }
}
