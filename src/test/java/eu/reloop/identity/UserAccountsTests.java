package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import eu.reloop.IntegrationTest;
import eu.reloop.TestSecurity;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Violations;
import eu.reloop.shared.Translations;

@IntegrationTest
class UserAccountsTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PreferredLanguages languages;

    @Autowired
    Translations translations;

    @Test
    void signUpOpensAConsumerAccountWithAHashedPassword() {
        String email = uniqueEmail();

        accounts.signUp(new SignUpRequest("Nora Nordmann", "  " + email.toUpperCase() + " ", "correct horse battery"), Translations.ENGLISH);

        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nora Nordmann");
        assertThat(account.roles()).containsExactly(Role.CONSUMER);
        UserDetails login = accounts.loadUserByUsername(email.toUpperCase());
        assertThat(login.getPassword()).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain("correct horse");
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONSUMER");
    }

    @Test
    void anAccountOpenedInSwedishIsWrittenToInSwedish() {
        String email = uniqueEmail();

        accounts.signUp(new SignUpRequest("Sara Svensson", email, "correct horse battery"), Translations.SWEDISH);

        assertThat(languages.of(List.of(email))).containsEntry(email, Translations.SWEDISH);
        assertThat(new MailedLinks(jdbc).bodies(email)).singleElement().asString()
                .contains(translations.getTranslation("mail.footer.person", Translations.SWEDISH));
    }

    @Test
    void anEmailAddressCanOnlyBeRegisteredOnceWhateverItsCase() {
        String email = uniqueEmail();
        assertThat(accounts.signUp(new SignUpRequest("First", email, "plenty long passphrase"), Translations.ENGLISH)).isPresent();

        assertThat(accounts.signUp(new SignUpRequest("Second", email.toUpperCase(), "walnut ferry lantern"), Translations.ENGLISH)).isEmpty();

        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("First");
        assertThat(accounts.loadUserByUsername(email).getPassword()).isNotNull();
    }

    @Test
    void aPasswordOfAHundredAndTwentyEightCharactersIsKeptWhole() {
        String email = uniqueEmail();
        // Longer than bcrypt's 72 bytes: the last characters must count too.
        String password = "walnut ferry lantern æøå ".repeat(6).substring(0, AcceptablePassword.MAX_LENGTH);

        accounts.signUp(new SignUpRequest("Long Pass", email, password), Translations.ENGLISH);

        String hash = accounts.loadUserByUsername(email).getPassword();
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(passwordEncoder.matches(password.substring(0, password.length() - 1) + "x", hash)).isFalse();
    }

    @Test
    void invalidSignUpIsRejectedAndNothingIsSaved() {
        String email = uniqueEmail();

        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest(" ", email, "short"), Translations.ENGLISH))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> assertThat(
                        Violations.of(invalid)).extracting(Violations::field).containsExactly("displayName", "password"));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "CONSUMER")
    void onlyAdminsOpenAccountsWithOtherRoles() {
        String email = uniqueEmail();

        assertThatThrownBy(() -> accounts.createAccount(new SignUpRequest("Mallory", email, "plenty long passphrase"),
                EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsOpenAccountsWithAnyRoles() {
        String email = uniqueEmail();

        accounts.createAccount(new SignUpRequest("Cecilie", email, "plenty long passphrase"),
                EnumSet.of(Role.CERTIFIER, Role.CONSUMER));

        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.CERTIFIER,
                Role.CONSUMER);
    }

    @Test
    void anAccountWhoseAddressALinkProvedIsConfirmedWithoutAMailToConfirmIt() {
        String email = uniqueEmail();

        UUID id = accounts.signUpWithProvenAddress(new SignUpRequest("Ivar Invited", email, "plenty long passphrase"));

        assertThat(accounts.findByEmail(email).orElseThrow().id()).isEqualTo(id);
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.CONSUMER);
        assertThat(as(email, accounts::emailConfirmed)).isTrue();
        assertThat(new MailedLinks(jdbc).bodies(email)).isEmpty();
    }

    @Test
    void anAddressWithAnAccountIsNotOpenedAgainAsProven() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Owner", email, "plenty long passphrase"), Translations.ENGLISH);
        String hash = accounts.loadUserByUsername(email).getPassword();

        assertThatThrownBy(() -> accounts.signUpWithProvenAddress(new SignUpRequest("Other", email, "walnut ferry lantern")))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("email");
                    assertThat(refused.messageKey()).isEqualTo("account.error.email-taken");
                });
        assertThat(accounts.loadUserByUsername(email).getPassword()).isEqualTo(hash);
        assertThat(as(email, accounts::emailConfirmed)).isFalse();
    }

    @Test
    void nobodyAndANameWithoutAnAccountHaveNoConfirmedAddress() {
        SecurityContextHolder.clearContext();
        assertThat(accounts.emailConfirmed()).isFalse();

        String stranger = uniqueEmail();
        assertThat(as(stranger, accounts::emailConfirmed)).isFalse();
        assertThatThrownBy(() -> as(stranger, () -> {
            accounts.requireConfirmedEmail();
            return null;
        })).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("account.error.confirm-email-first"));
        // The system's own work has no address to confirm.
        SystemActor.runAsAdmin("demo-data", accounts::requireConfirmedEmail);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Sam Session", email, "plenty long passphrase"), Translations.ENGLISH);
        String elsewhere = "session-" + UUID.randomUUID();
        String here = "session-" + UUID.randomUUID();
        sessions.registerNewSession(elsewhere, accounts.loadUserByUsername(email));
        sessions.registerNewSession(here, accounts.loadUserByUsername(email));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, here));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            as(email, () -> {
                accounts.changePassword(new PasswordChange("plenty long passphrase", "walnut ferry lantern"));
                return null;
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(sessions.getSessionInformation(elsewhere).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(here).isExpired()).isFalse();
        assertThat(passwordEncoder.matches("walnut ferry lantern", accounts.loadUserByUsername(email).getPassword())).isTrue();
    }

    private static <T> T as(String email, Supplier<T> work) {
        return TestSecurity.as(email, work, Role.CONSUMER.authority());
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }
}
