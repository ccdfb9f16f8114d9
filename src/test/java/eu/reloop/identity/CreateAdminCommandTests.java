package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.IntegrationTest;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.SiteProperties;

/**
 * The command on a database without an enabled admin. Each test runs in a transaction rolled back at its end,
 * in which the shared database's admins (other tests') are disabled.
 */
@IntegrationTest
@Transactional
class CreateAdminCommandTests {

    private static final Pattern LINK = Pattern.compile("/account/reset-password/([A-Za-z0-9_-]+)\\s*$", Pattern.MULTILINE);

    @Autowired
    CreateAdminCommand command;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SiteProperties site;

    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void createsTheFirstAdminWithALinkThatSetsThePasswordOnce() {
        noEnabledAdmin();
        String email = "first-" + UUID.randomUUID() + "@test.reloop";

        assertThat(run("--create-admin=" + email.toUpperCase())).isZero();

        UserAccount admin = accounts.findByEmail(email).orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.CONSUMER);
        assertThat(admin.displayName()).isEqualToIgnoringCase(email.substring(0, email.indexOf('@')));
        assertThat(admin.enabled()).isTrue();
        Matcher link = LINK.matcher(printed());
        assertThat(link.find()).as(printed()).isTrue();
        assertThat(printed()).contains(site.link(IdentityLinks.resetPassword("")));
        // Nobody can sign in before the link is used: the password is random and unknown.
        assertThatThrownBy(() -> signIn(email, "a new password of mine")).isInstanceOf(BadCredentialsException.class);

        accounts.resetPassword(new PasswordReset(link.group(1), "a new password of mine"));

        assertThat(signIn(email, "a new password of mine").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(new PasswordReset(link.group(1), "another password of mine")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("token.error.used"));
        assertThat(signIn(email, "a new password of mine").isAuthenticated()).isTrue();
    }

    @Test
    void refusesWhenAnEnabledAdminExists() {
        noEnabledAdmin();
        assertThat(run("--create-admin=one-" + UUID.randomUUID() + "@test.reloop")).isZero();
        output.reset();
        String second = "two-" + UUID.randomUUID() + "@test.reloop";

        assertThat(run("--create-admin=" + second)).isEqualTo(1);

        assertThat(printed()).contains("An active administrator already exists").doesNotContain("set-password");
        assertThat(accounts.findByEmail(second)).isEmpty();
    }

    @Test
    void refusesAnAddressThatIsNotOne() {
        noEnabledAdmin();

        assertThat(run("--create-admin=not-an-address")).isEqualTo(1);
        assertThat(run("--create-admin=")).isEqualTo(1);

        assertThat(printed()).contains("not a valid e-mail address").doesNotContain("set-password");
        assertThat(accounts.findByEmail("not-an-address")).isEmpty();
    }

    private void noEnabledAdmin() {
        jdbc.sql("update app_user set enabled = false where id in (select user_id from user_role where role = 'ADMIN')").update();
    }

    private int run(String... args) {
        return command.run(new DefaultApplicationArguments(args), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Authentication signIn(String email, String password) {
        return SignIn.attempt(accounts, passwordEncoder, email, password);
    }
}
