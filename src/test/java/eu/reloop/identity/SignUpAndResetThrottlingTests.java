package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;

/**
 * Sign-ups and "forgot password" requests are counted per client network, and reset links per address they go to:
 * past the limit a request is refused for the rest of the hour, in the same words whether or not the address has
 * an account.
 */
@IntegrationTest
class SignUpAndResetThrottlingTests {

    @Autowired
    AccountRequestThrottle throttle;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theEleventhSignUpFromOneNetworkWithinTheHourIsRefused() {
        String network = SignInThrottlingTests.uniqueAddress();
        for (int i = 0; i < 10; i++) {
            throttle.beforeSignUp(network);
        }

        assertRefused(() -> throttle.beforeSignUp(network), null, "signup.error.too-many");
        throttle.beforeSignUp(SignInThrottlingTests.uniqueAddress());
        clock.advance(Duration.ofHours(1));
        throttle.beforeSignUp(network);
    }

    @Test
    void theFourthResetLinkForOneAddressWithinTheHourIsRefusedWhetherOrNotItHasAnAccount() {
        String known = uniqueEmail();
        accounts.signUp(new SignUpRequest("Rita Reset", known, "plenty long passphrase"), Translations.ENGLISH);
        String unknown = uniqueEmail();
        for (int i = 0; i < 3; i++) {
            resetFromAnotherNetwork(known);
            resetFromAnotherNetwork(unknown);
        }

        assertRefused(() -> resetFromAnotherNetwork(known), "email", "forgot.error.too-many-for-address");
        assertRefused(() -> resetFromAnotherNetwork(unknown), "email", "forgot.error.too-many-for-address");
    }

    @Test
    void theEleventhResetRequestFromOneNetworkWithinTheHourIsRefused() {
        String network = SignInThrottlingTests.uniqueAddress();
        for (int i = 0; i < 10; i++) {
            throttle.beforePasswordReset(network, new PasswordResetRequest(uniqueEmail()));
        }

        assertRefused(() -> throttle.beforePasswordReset(network, new PasswordResetRequest(uniqueEmail())), null,
                "forgot.error.too-many-from-network");
    }

    private void resetFromAnotherNetwork(String email) {
        throttle.beforePasswordReset(SignInThrottlingTests.uniqueAddress(), new PasswordResetRequest(email));
    }

    /** Refused, for the rest of the hour, on the field named (or on none). */
    private static void assertRefused(ThrowingCallable request, String field, String messageKey) {
        assertThatThrownBy(request).isInstanceOfSatisfying(RefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
            assertThat(refused.reasons().getFirst().arguments()).containsExactly(60L);
        });
    }

    private static String uniqueEmail() {
        return "reset-" + UUID.randomUUID() + "@example.org";
    }
}
