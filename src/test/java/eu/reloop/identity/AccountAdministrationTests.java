package eu.reloop.identity;

import static eu.reloop.AppendOnlyTables.assertCannotBeRewritten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.shared.RefusedException;

@IntegrationTest
class AccountAdministrationTests {

    private static final String PASSWORD = "amber kettle orbit lane";
    private static final String OPERATOR = "operator@test.reloop";

    @Autowired
    AccountAdministration administration;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchFindsByNameOrAddressAndPagesAndSortsInTheDatabase() {
        String marker = "srch" + UUID.randomUUID().toString().substring(0, 8);
        UUID charlie = account("Charlie " + marker, "c-" + UUID.randomUUID() + "@test.reloop", Role.CONSUMER);
        UUID alice = account("Alice " + marker.toUpperCase(), "a-" + UUID.randomUUID() + "@test.reloop", Role.CONSUMER);
        UUID bob = account("Bob", marker + "-b@test.reloop", Role.CONSUMER);
        account("Dora", "d-" + UUID.randomUUID() + "@test.reloop", Role.CONSUMER);

        assertThat(asAdmin(() -> administration.count(marker))).isEqualTo(3);
        assertThat(asAdmin(() -> administration.search(marker, 0, 2, AccountSort.DISPLAY_NAME, true)))
                .extracting(UserAccount::id).containsExactly(alice, bob);
        assertThat(asAdmin(() -> administration.search(marker, 2, 2, AccountSort.DISPLAY_NAME, true)))
                .extracting(UserAccount::id).containsExactly(charlie);
        assertThat(asAdmin(() -> administration.search(marker, 0, 10, AccountSort.DISPLAY_NAME, false)))
                .extracting(UserAccount::id).containsExactly(charlie, bob, alice);
        // Wildcards are searched for as they are typed, not as patterns.
        assertThat(asAdmin(() -> administration.count(marker.substring(0, 4) + "%" + marker.substring(5)))).isZero();
        assertThat(asAdmin(() -> administration.count("  "))).isGreaterThanOrEqualTo(4);
        assertThat(asAdmin(() -> administration.search("", 0, 1000, AccountSort.EMAIL, true)))
                .extracting(UserAccount::email).isSorted();
    }

    @Test
    void onlyAdminsAdministerAccounts() {
        UUID someone = account("Someone", "someone-" + UUID.randomUUID() + "@test.reloop", Role.CONSUMER);

        assertThatThrownBy(() -> TestSecurity.as("mallory@test.reloop", () -> {
            administration.grant(someone, Role.ADMIN);
            return null;
        }, Role.CERTIFIER.authority())).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(accounts.findByEmail(emailOf(someone)).orElseThrow().roles()).containsExactly(Role.CONSUMER);
    }

    @Test
    void disablingEndsOpenSessionsAndPreventsSignInUntilEnabledAgain() {
        String email = "disabled-" + UUID.randomUUID() + "@test.reloop";
        UUID id = account("Dis Abled", email, Role.CONSUMER);
        String sessionId = "session-" + UUID.randomUUID();
        sessions.registerNewSession(sessionId, accounts.loadUserByUsername(email));
        String bystander = "bystander-" + UUID.randomUUID() + "@test.reloop";
        account("By Stander", bystander, Role.CONSUMER);
        String otherSession = "session-" + UUID.randomUUID();
        sessions.registerNewSession(otherSession, accounts.loadUserByUsername(bystander));

        assertThatThrownBy(() -> asAdmin(() -> {
            administration.disable(id, " ");
            return null;
        })).isInstanceOf(ConstraintViolationException.class);
        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isFalse();

        asAdmin(() -> {
            administration.disable(id, "Sold counterfeit phones");
            return null;
        });

        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(otherSession).isExpired()).as("someone else's session").isFalse();
        assertThat(accounts.loadUserByUsername(email).isEnabled()).isFalse();
        assertThatThrownBy(() -> signIn(email)).isInstanceOf(DisabledException.class);
        assertThat(asAdmin(() -> administration.detail(id)).trail()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AccountAction.DISABLED);
            assertThat(entry.actor()).isEqualTo(OPERATOR);
            assertThat(entry.reason()).isEqualTo("Sold counterfeit phones");
        });

        asAdmin(() -> {
            administration.enable(id);
            return null;
        });
        assertThat(signIn(email).isAuthenticated()).isTrue();
        assertThat(asAdmin(() -> administration.detail(id)).trail()).extracting(AccountAuditEntry::action)
                .containsExactly(AccountAction.DISABLED, AccountAction.ENABLED);
    }

    @Test
    void anAdminCannotDisableThemselves() {
        String email = "self-" + UUID.randomUUID() + "@test.reloop";
        UUID id = account("Self", email, Role.ADMIN);

        assertThatThrownBy(() -> TestSecurity.as(email, () -> {
            administration.disable(id, "Leaving");
            return null;
        }, Role.ADMIN.authority())).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("users.error.disable-self"));
        assertThat(accounts.findByEmail(email).orElseThrow().enabled()).isTrue();
    }

    /** In a transaction rolled back at the end: the shared database may hold other tests' admins, disabled here. */
    @Test
    @Transactional
    void theLastEnabledAdminCannotBeDisabledNorLoseTheRole() {
        jdbc.sql("update app_user set enabled = false where id in (select user_id from user_role where role = 'ADMIN')").update();
        UUID last = account("Last Admin", "last-" + UUID.randomUUID() + "@test.reloop", Role.ADMIN);
        UUID disabledAdmin = account("Gone Admin", "gone-" + UUID.randomUUID() + "@test.reloop", Role.ADMIN);
        jdbc.sql("update app_user set enabled = false where id = :id").param("id", disabledAdmin).update();

        assertRefused(() -> administration.disable(last, "Oops"), "users.error.last-admin-disable");
        assertRefused(() -> administration.revoke(last, Role.ADMIN), "users.error.last-admin-revoke");
        UserAccount unchanged = asAdmin(() -> administration.detail(last)).account();
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.roles()).contains(Role.ADMIN);
        assertThat(asAdmin(() -> administration.detail(last)).trail()).isEmpty();

        // A disabled admin does not count; an enabled second one does.
        asAdmin(() -> {
            administration.revoke(disabledAdmin, Role.ADMIN);
            UUID second = account("Second Admin", "second-" + UUID.randomUUID() + "@test.reloop", Role.CONSUMER);
            administration.grant(second, Role.ADMIN);
            administration.revoke(last, Role.ADMIN);
            return null;
        });
        assertThat(asAdmin(() -> administration.detail(last)).account().roles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void appointingAndRemovingACertifierIsInTheAppendOnlyTrail() {
        String email = "certifier-" + UUID.randomUUID() + "@test.reloop";
        UUID id = account("Cert Ifier", email, Role.CONSUMER);
        String sessionId = "session-" + UUID.randomUUID();
        sessions.registerNewSession(sessionId, accounts.loadUserByUsername(email));

        asAdmin(() -> {
            administration.grant(id, Role.CERTIFIER);
            return null;
        });
        assertThat(accounts.loadUserByUsername(email).getAuthorities()).extracting(Object::toString)
                .contains(Role.CERTIFIER.authority());
        assertThat(sessions.getSessionInformation(sessionId).isExpired())
                .as("a session keeps the roles it signed in with, so it ends").isTrue();
        String unchanged = "session-" + UUID.randomUUID();
        sessions.registerNewSession(unchanged, accounts.loadUserByUsername(email));
        asAdmin(() -> {
            administration.grant(id, Role.CERTIFIER);
            return null;
        });
        assertThat(sessions.getSessionInformation(unchanged).isExpired()).as("appointed already: no change").isFalse();
        asAdmin(() -> {
            administration.revoke(id, Role.CERTIFIER);
            return null;
        });
        assertThat(sessions.getSessionInformation(unchanged).isExpired()).as("a removed role stops at once").isTrue();
        assertRefused(() -> administration.grant(id, Role.REUSE_CENTRE), "users.error.role-not-appointed");

        AccountDetail detail = asAdmin(() -> administration.detail(id));
        assertThat(detail.account().roles()).containsExactly(Role.CONSUMER);
        assertThat(detail.trail()).extracting(AccountAuditEntry::action, AccountAuditEntry::role, AccountAuditEntry::actor)
                .containsExactly(tuple(AccountAction.ROLE_GRANTED, Role.CERTIFIER, OPERATOR),
                        tuple(AccountAction.ROLE_REVOKED, Role.CERTIFIER, OPERATOR));

        assertCannotBeRewritten("update account_audit set actor = 'someone else' where user_id = :id", Map.of("id", id));
        assertCannotBeRewritten("delete from account_audit where user_id = :id", Map.of("id", id));
        assertThat(asAdmin(() -> administration.detail(id)).trail()).extracting(AccountAuditEntry::actor)
                .containsOnly(OPERATOR);
    }

    private UUID account(String name, String email, Role role) {
        return TestSecurity.asAdmin(() -> accounts.createAccount(new SignUpRequest(name, email, PASSWORD), EnumSet.of(role)));
    }

    private String emailOf(UUID id) {
        return asAdmin(() -> administration.detail(id)).account().email();
    }

    private Authentication signIn(String email) {
        return SignIn.attempt(accounts, passwordEncoder, email, PASSWORD);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return TestSecurity.as(OPERATOR, work, Role.ADMIN.authority());
    }

    private static void assertRefused(Runnable step, String messageKey) {
        assertThatThrownBy(() -> asAdmin(() -> {
            step.run();
            return null;
        })).isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
