package eu.reloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import eu.reloop.IntegrationTest;
import eu.reloop.TestClock;
import eu.reloop.identity.SignInPausedException.Reason;
import eu.reloop.identity.SignInPauses.Paused;
import eu.reloop.shared.ClientAddress;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;

/**
 * Sign-in throttling: wrong passwords for one account, known or not, soon wait and then pause it; a mailed link
 * lifts the pause of a known one; a right password starts the count again; and one network is counted across
 * accounts. Attempts go through the sign-in form's own password check ({@link ThrottledSignIn}) with the client
 * address the form would give; waits are passed on the test clock.
 */
@IntegrationTest
class SignInThrottlingTests {

    private static final String PASSWORD = "plenty long passphrase";
    private static final String WRONG = "not my password at all";
    private static final String RESUME = "/account/resume-sign-in/";

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AttemptThrottle attemptThrottle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    ThrottledSignIn signIn;
    MailedLinks mail;

    @BeforeEach
    void throttledSignIn() {
        signIn = new ThrottledSignIn(accounts, passwordEncoder, throttle);
        mail = new MailedLinks(jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theEleventhWrongPasswordWithinAMinuteIsRefusedForKnownAndUnknownAccountsAlike() {
        List<String> known = wrongPasswords(account(), 11);
        List<String> unknown = wrongPasswords(uniqueEmail(), 11);

        // Three go through, the fourth too but starts a wait that doubles with each failure: ten failures take
        // more than a minute, whatever the speed of whoever tries.
        assertThat(known.subList(0, 4)).containsOnly("wrong password");
        assertThat(known.get(10)).isEqualTo("refused: WAIT");
        assertThat(unknown.subList(0, 4)).containsOnly("wrong password");
        assertThat(unknown.get(10)).isEqualTo("refused: WAIT");
    }

    @Test
    void theTenthFailurePausesKnownAndUnknownAccountsAlikeAndOnlyAnOwnerIsMailed() {
        String known = account();
        String unknown = uniqueEmail();
        String address = uniqueAddress();

        Paused knownPaused = SignInPauses.failUntilPaused(clock, () -> attempt(known, WRONG, address));
        // The right password does not get through either: it is not looked at.
        assertThatThrownBy(() -> attempt(known, PASSWORD, address)).isInstanceOf(SignInPausedException.class);
        assertThat(Duration.between(clock.instant(), knownPaused.refusal().until()))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        Paused unknownPaused = SignInPauses.failUntilPaused(clock, () -> attempt(unknown, WRONG, address));

        assertThat(knownPaused.failures()).isEqualTo(10);
        assertThat(unknownPaused.failures()).isEqualTo(10);
        assertThat(knownPaused.refusal().reason()).isEqualTo(Reason.ACCOUNT_PAUSED);
        assertThat(unknownPaused.refusal().reason()).isEqualTo(Reason.ACCOUNT_PAUSED);
        assertThat(mail.bodies(known).getLast()).contains("10 wrong passwords", "paused for 15 minutes", RESUME);
        assertThat(mail.bodies(unknown)).isEmpty();
    }

    @Test
    void theMailedLinkLiftsThePauseOnce() {
        String email = account();
        SignInPauses.failUntilPaused(clock, () -> attempt(email, WRONG, uniqueAddress()));
        String token = mail.lastToken(email, RESUME);

        throttle.resume(token);

        assertThat(attempt(email, PASSWORD, uniqueAddress()).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> throttle.resume(token)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("token.error.used"));
    }

    @Test
    void aPauseEndsByItself() {
        String email = uniqueEmail();
        Paused paused = SignInPauses.failUntilPaused(clock, () -> attempt(email, WRONG, uniqueAddress()));

        clock.advance(Duration.between(clock.instant(), paused.refusal().until()).plusSeconds(1));

        assertThatThrownBy(() -> attempt(email, WRONG, uniqueAddress())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRightPasswordStartsTheAccountsCountAgain() {
        String email = account();
        String address = uniqueAddress();
        assertThat(wrongPasswords(email, 3)).containsOnly("wrong password");

        attempt(email, PASSWORD, address);

        // Without the new start, the right password would have been the fourth attempt, starting a wait that refuses
        // the first of these.
        assertThat(wrongPasswords(email, 4)).containsOnly("wrong password");
    }

    @Test
    void oneNetworkIsCountedAcrossAccountsAndPausedAlone() {
        String network = uniqueAddress();
        Paused paused = SignInPauses.failUntilPaused(clock, () -> {
            // As the sign-in form counts the address: by its /64 network.
            throttle.failed(throttle.admit(uniqueEmail(), ClientAddress.of(network)));
            throw new BadCredentialsException("a wrong password");
        });

        assertThat(paused.failures()).isEqualTo(60);
        assertThat(paused.refusal().reason()).isEqualTo(Reason.ADDRESS_PAUSED);
        String email = account();
        assertThatThrownBy(() -> attempt(email, PASSWORD, network)).isInstanceOfSatisfying(SignInPausedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.ADDRESS_PAUSED));
        assertThat(attempt(email, PASSWORD, uniqueAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void countsWhoseWindowIsOverArePruned() {
        String earlier = uniqueEmail();
        String later = uniqueEmail();
        throttle.failed(throttle.admit(earlier, null));
        clock.advance(Duration.ofMinutes(61));
        throttle.failed(throttle.admit(later, null));

        // Whichever run of the job came before holds its lock for its period: released, as the job's next period would.
        jdbc.sql("update shedlock set lock_until = now() where name = :job").param("job", AttemptThrottle.PRUNE_JOB).update();
        attemptThrottle.prune();

        assertThat(counted(earlier)).isZero();
        assertThat(counted(later)).isOne();
    }

    @Test
    void theSignInFormGoesThroughTheThrottle() throws Exception {
        String email = account();
        SignInPauses.pause(throttle, clock, email, null);

        assertThat(new FormSignIn(port, uniqueAddress()).signIn(email, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    /** The outcome of each of a number of wrong passwords, tried one right after the other from one address. */
    private List<String> wrongPasswords(String email, int count) {
        String address = uniqueAddress();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                attempt(email, WRONG, address);
                outcomes.add("signed in");
            } catch (BadCredentialsException wrong) {
                outcomes.add("wrong password");
            } catch (SignInPausedException refused) {
                outcomes.add("refused: " + refused.reason());
            }
        }
        return outcomes;
    }

    private int counted(String email) {
        return jdbc.sql("select count(*) from attempt_throttle where key_hash = :key")
                .param("key", AttemptThrottle.key(SignInThrottle.ACCOUNT, email)).query(Integer.class).single();
    }

    private Authentication attempt(String email, String password, String clientAddress) {
        UsernamePasswordAuthenticationToken typed = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        typed.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return signIn.authenticate(typed);
    }

    private String account() {
        String email = uniqueEmail();
        accounts.signUp(new SignUpRequest("Tess Throttle", email, PASSWORD), Translations.ENGLISH);
        return email;
    }

    private static String uniqueEmail() {
        return "throttle-" + UUID.randomUUID() + "@example.org";
    }

    /** A network of its own in the documentation prefix, so that no other test's attempts count against it. */
    static String uniqueAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:%x:%x::7".formatted(random.nextInt(0x10000), random.nextInt(0x10000));
    }
}
