package eu.reloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import eu.reloop.IntegrationTest;
import eu.reloop.embedded.LocalElasticsearch;
import eu.reloop.embedded.LocalPostgres;
import eu.reloop.identity.UserAccounts;

/** With URLs configured, as in production: nothing is started locally and no demo account exists. */
@IntegrationTest
class NoDemoDataWithAConfiguredDatabaseTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Test
    void startsNothingAndLoadsNoDemoData() {
        assertThat(context.getBeanNamesForType(LocalPostgres.class)).isEmpty();
        assertThat(context.getBeanNamesForType(LocalElasticsearch.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DemoData.class)).isEmpty();
        assertThat(accounts.findByEmail(DemoData.ADMIN_EMAIL)).isEmpty();
    }
}
