package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.TestSecurity;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Violations;
import eu.reloop.shared.Translations;

/**
 * Sign-up, confirmation, "forgot password" and a change of address, through the links they mail: each link
 * works once, for its own purpose, in its time; a refused one says why and changes nothing; and whether an
 * address has an account is never told to whoever types it.
 */
@IntegrationTest
class AccountLinksTests {

    private static final String PASSWORD = "plenty long passphrase";
    private static final String NEW_PASSWORD = "walnut ferry lantern";
    private static final String CONFIRM = "/account/confirm/";
    private static final String RESET = "/account/reset-password/";

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    MailedLinks mail;

    @BeforeEach
    void readMail() {
        mail = new MailedLinks(jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signUpAnswersAlikeForAKnownAddressAndMailsItsOwnerInstead() {
        String email = uniqueEmail();
        assertThat(accounts.signUp(new SignUpRequest("Owner", email, PASSWORD), Translations.ENGLISH)).isPresent();
        String hash = passwordHash(email);

        assertThat(accounts.signUp(new SignUpRequest("Someone Else", email, NEW_PASSWORD), Translations.ENGLISH)).isEmpty();

        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Owner");
        assertThat(passwordHash(email)).isEqualTo(hash);
        assertThat(mail.bodies(email)).hasSize(2);
        assertThat(mail.bodies(email).getLast()).contains("already has one").contains("/account/forgot-password");
    }

    @Test
    void theConfirmationLinkConfirmsTheAddressOnce() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        assertThat(asAccount(email, accounts::emailConfirmed)).isFalse();
        String token = mail.lastToken(email, CONFIRM);

        EmailConfirmation confirmation = accounts.confirmEmail(token);

        assertThat(confirmation.email()).isEqualTo(email);
        assertThat(confirmation.changedAddress()).isFalse();
        assertThat(asAccount(email, accounts::emailConfirmed)).isTrue();
        assertRefused(() -> accounts.confirmEmail(token), "token.error.used");
    }

    @Test
    void anExpiredAlteredOrMisdirectedConfirmationLinkChangesNothing() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        String token = mail.lastToken(email, CONFIRM);
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        accounts.requestPasswordReset(new PasswordResetRequest(email));
        String reset = mail.lastToken(email, RESET);

        assertRefused(() -> accounts.confirmEmail(altered), "token.error.invalid");
        assertRefused(() -> accounts.confirmEmail(reset), "token.error.invalid");
        clock.advance(UserAccounts.CONFIRMATION_VALIDITY.plus(Duration.ofMinutes(1)));
        assertRefused(() -> accounts.confirmEmail(token), "token.error.expired");

        assertThat(asAccount(email, accounts::emailConfirmed)).isFalse();
    }

    @Test
    void anUnconfirmedAccountIsRefusedUntilItConfirmsAndCanAskForANewLink() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        String first = mail.lastToken(email, CONFIRM);

        assertRefused(() -> asAccount(email, () -> {
            accounts.requireConfirmedEmail();
            return null;
        }), "account.error.confirm-email-first");
        asAccount(email, () -> {
            accounts.resendConfirmation();
            return null;
        });

        assertRefused(() -> accounts.confirmEmail(first), "token.error.used");
        accounts.confirmEmail(mail.lastToken(email, CONFIRM));
        asAccount(email, () -> {
            accounts.requireConfirmedEmail();
            return null;
        });
    }

    @Test
    void aForgotPasswordRequestAnswersAlikeAndMailsOnlyAnAccount() {
        String known = uniqueEmail();
        String unknown = uniqueEmail();
        accounts.signUp(new SignUpRequest("Known", known, PASSWORD), Translations.ENGLISH);

        accounts.requestPasswordReset(new PasswordResetRequest(known.toUpperCase()));
        accounts.requestPasswordReset(new PasswordResetRequest(unknown));

        assertThat(mail.lastLink(known)).startsWith(RESET);
        assertThat(mail.bodies(unknown)).isEmpty();
        assertThat(accounts.findByEmail(unknown)).isEmpty();
    }

    @Test
    void theResetLinkSetsTheNewPasswordOnceAndConfirmsTheAddress() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        accounts.requestPasswordReset(new PasswordResetRequest(email));
        String token = mail.lastToken(email, RESET);

        accounts.resetPassword(new PasswordReset(token, NEW_PASSWORD));

        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(email))).isTrue();
        assertThat(asAccount(email, accounts::emailConfirmed)).as("the link came to the address").isTrue();
        assertThat(mail.bodies(email).getLast()).contains("password of your ReLoop account was changed");
        String hash = passwordHash(email);
        assertRefused(() -> accounts.resetPassword(new PasswordReset(token, "hazel quartz meadow")), "token.error.used");
        assertThat(passwordHash(email)).isEqualTo(hash);
    }

    @Test
    void anExpiredResetLinkChangesNothing() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        accounts.requestPasswordReset(new PasswordResetRequest(email));
        String token = mail.lastToken(email, RESET);
        String hash = passwordHash(email);

        clock.advance(UserAccounts.RESET_VALIDITY.plus(Duration.ofMinutes(1)));

        assertRefused(() -> accounts.resetPassword(new PasswordReset(token, NEW_PASSWORD)), "token.error.expired");
        assertThat(passwordHash(email)).isEqualTo(hash);
    }

    @Test
    void anAlteredResetLinkChangesNothing() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        accounts.requestPasswordReset(new PasswordResetRequest(email));
        String token = mail.lastToken(email, RESET);
        String hash = passwordHash(email);
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertRefused(() -> accounts.resetPassword(new PasswordReset(altered, NEW_PASSWORD)), "token.error.invalid");

        assertThat(passwordHash(email)).isEqualTo(hash);
        accounts.resetPassword(new PasswordReset(token, NEW_PASSWORD));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(email))).as("the real link still works").isTrue();
    }

    @Test
    void aConfirmationLinkCannotSetAPassword() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        String confirmation = mail.lastToken(email, CONFIRM);
        String hash = passwordHash(email);

        assertRefused(() -> accounts.resetPassword(new PasswordReset(confirmation, NEW_PASSWORD)), "token.error.invalid");

        assertThat(passwordHash(email)).isEqualTo(hash);
        assertThat(asAccount(email, accounts::emailConfirmed)).isFalse();
        accounts.confirmEmail(confirmation);
        assertThat(asAccount(email, accounts::emailConfirmed)).as("the link still does what it was sent for").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "password1234", "qwertyuiopas", "iloveyou2024", "123456789012"})
    void aCommonOrGuessablePasswordIsRefusedWherePasswordsAreChosen(String guessable) {
        String email = uniqueEmail();

        assertRefusedPassword(() -> accounts.signUp(new SignUpRequest("Nora", email, guessable), Translations.ENGLISH), "password");
        assertThat(accounts.findByEmail(email)).isEmpty();

        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        accounts.requestPasswordReset(new PasswordResetRequest(email));
        String token = mail.lastToken(email, RESET);
        String hash = passwordHash(email);
        assertRefusedPassword(() -> accounts.resetPassword(new PasswordReset(token, guessable)), "password");
        assertRefusedPassword(() -> asAccount(email, () -> {
            accounts.changePassword(new PasswordChange(PASSWORD, guessable));
            return null;
        }), "newPassword");
        assertThat(passwordHash(email)).isEqualTo(hash);
        accounts.resetPassword(new PasswordReset(token, NEW_PASSWORD));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(email))).as("the link was not used up").isTrue();
    }

    @Test
    void aPassphraseOfUnrelatedWordsIsAccepted() {
        String email = uniqueEmail();

        accounts.signUp(new SignUpRequest("Nora", email, "orange tram journey"), Translations.ENGLISH);

        assertThat(passwordEncoder.matches("orange tram journey", passwordHash(email))).isTrue();
    }

    @Test
    void aNewAddressIsUsedOnlyOnceConfirmedFromItAndTheOldOneIsTold() {
        String old = uniqueEmail();
        String moved = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", old, PASSWORD), Translations.ENGLISH);
        UUID id = accounts.findByEmail(old).orElseThrow().id();

        asAccount(old, () -> {
            accounts.requestEmailChange(new EmailChange(moved, PASSWORD));
            return null;
        });

        assertThat(accounts.findByEmail(old)).as("not yet").isPresent();
        assertThat(accounts.findByEmail(moved)).isEmpty();
        EmailConfirmation confirmation = accounts.confirmEmail(mail.lastToken(moved, CONFIRM));

        assertThat(confirmation.previousEmail()).isEqualTo(old);
        assertThat(confirmation.email()).isEqualTo(moved);
        assertThat(accounts.findByEmail(old)).isEmpty();
        assertThat(accounts.findByEmail(moved).orElseThrow().id()).isEqualTo(id);
        assertThat(asAccount(moved, accounts::emailConfirmed)).isTrue();
        assertThat(mail.bodies(old).getLast()).contains("now uses the e-mail address " + moved);
    }

    @Test
    void aChangeOfAddressNeedsTheCurrentPasswordAndAnAddressOfNobodyElse() {
        String email = uniqueEmail();
        String taken = uniqueEmail();
        accounts.signUp(new SignUpRequest("Nora", email, PASSWORD), Translations.ENGLISH);
        accounts.signUp(new SignUpRequest("Other", taken, PASSWORD), Translations.ENGLISH);
        int mailToTaken = mail.bodies(taken).size();

        assertThatThrownBy(() -> asAccount(email, () -> {
            accounts.requestEmailChange(new EmailChange(uniqueEmail(), NEW_PASSWORD));
            return null;
        })).isInstanceOfSatisfying(RefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo("currentPassword");
            assertThat(refused.messageKey()).isEqualTo("account.error.wrong-password");
        });
        asAccount(email, () -> {
            accounts.requestEmailChange(new EmailChange(taken, PASSWORD));
            return null;
        });

        assertThat(mail.bodies(taken)).hasSize(mailToTaken + 1);
        assertThat(mail.bodies(taken).getLast()).contains("already has one").doesNotContain(CONFIRM);
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(accounts.findByEmail(taken).orElseThrow().displayName()).isEqualTo("Other");
    }

    private String passwordHash(String email) {
        return jdbc.sql("select password_hash from app_user where email = :email").param("email", email)
                .query(String.class).single();
    }

    private static <T> T asAccount(String email, Supplier<T> work) {
        return TestSecurity.as(email, work, Role.CONSUMER.authority());
    }

    private static void assertRefused(ThrowingCallable step, String messageKey) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private static void assertRefusedPassword(ThrowingCallable step, String field) {
        assertThatThrownBy(step).isInstanceOfSatisfying(ConstraintViolationException.class, invalid -> {
            assertThat(Violations.of(invalid)).extracting(Violations::field).containsExactly(field);
            assertThat(invalid.getConstraintViolations()).extracting(violation -> violation.getMessageTemplate())
                    .containsExactly("{identity.password-guessable}");
        });
    }

    private static String uniqueEmail() {
        return "links-" + UUID.randomUUID() + "@example.org";
    }
}
