package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import eu.reloop.IntegrationTest;
import eu.reloop.shared.Violations;

@IntegrationTest
class UserAccountsTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void signUpOpensAConsumerAccountWithAHashedPassword() {
        String email = uniqueEmail();

        accounts.signUp(new SignUpRequest("Nora Nordmann", "  " + email.toUpperCase() + " ", "correct horse battery"));

        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nora Nordmann");
        assertThat(account.roles()).containsExactly(Role.CONSUMER);
        UserDetails login = accounts.loadUserByUsername(email.toUpperCase());
        assertThat(login.getPassword()).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain("correct horse");
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONSUMER");
    }

    @Test
    void anEmailAddressCanOnlyBeRegisteredOnceWhateverItsCase() {
        String email = uniqueEmail();
        assertThat(accounts.signUp(new SignUpRequest("First", email, "plenty long passphrase"))).isPresent();

        assertThat(accounts.signUp(new SignUpRequest("Second", email.toUpperCase(), "walnut ferry lantern"))).isEmpty();

        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("First");
        assertThat(accounts.loadUserByUsername(email).getPassword()).isNotNull();
    }

    @Test
    void aPasswordOfAHundredAndTwentyEightCharactersIsKeptWhole() {
        String email = uniqueEmail();
        // Longer than bcrypt's 72 bytes: the last characters must count too.
        String password = "walnut ferry lantern æøå ".repeat(6).substring(0, AcceptablePassword.MAX_LENGTH);

        accounts.signUp(new SignUpRequest("Long Pass", email, password));

        String hash = accounts.loadUserByUsername(email).getPassword();
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(passwordEncoder.matches(password.substring(0, password.length() - 1) + "x", hash)).isFalse();
    }

    @Test
    void invalidSignUpIsRejectedAndNothingIsSaved() {
        String email = uniqueEmail();

        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest(" ", email, "short")))
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

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }
}
