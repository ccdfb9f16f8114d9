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
import org.springframework.security.test.context.support.WithMockUser;

import eu.reloop.IntegrationTest;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Violations;

@IntegrationTest
class UserAccountsTests {

    @Autowired
    UserAccounts accounts;

    @Test
    void signUpOpensAConsumerAccountWithAHashedPassword() {
        String email = uniqueEmail();

        accounts.signUp(new SignUpRequest("Nora Nordmann", "  " + email.toUpperCase() + " ", "correct horse battery"));

        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nora Nordmann");
        assertThat(account.roles()).containsExactly(Role.CONSUMER);
        UserDetails login = accounts.loadUserByUsername(email.toUpperCase());
        assertThat(login.getPassword()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONSUMER");
    }

    @Test
    void anEmailAddressCanOnlyBeRegisteredOnceWhateverItsCase() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("First", email, "long enough password"));

        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest("Second", email.toUpperCase(), "another password")))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("email");
                    assertThat(refused.messageKey()).isEqualTo("signup.error.email-taken");
                });
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("First");
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

        assertThatThrownBy(() -> accounts.createAccount(new SignUpRequest("Mallory", email, "long enough password"),
                EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsOpenAccountsWithAnyRoles() {
        String email = uniqueEmail();

        accounts.createAccount(new SignUpRequest("Cecilie", email, "long enough password"),
                EnumSet.of(Role.CERTIFIER, Role.CONSUMER));

        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.CERTIFIER,
                Role.CONSUMER);
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }
}
