package eu.reloop.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;

import eu.reloop.TestClock;

/** Failed sign-ins until the throttle pauses, each growing wait passed on the test clock instead of waited out. */
public final class SignInPauses {

    /** More than any policy needs to pause. */
    private static final int GIVE_UP_AFTER = 200;

    /** How many failures it took, and the refusal that paused. */
    public record Paused(int failures, SignInPausedException refusal) {
    }

    private SignInPauses() {
    }

    /** Makes a failing attempt again and again; each must fail with wrong credentials or be refused by the throttle. */
    static Paused failUntilPaused(TestClock clock, Runnable failingAttempt) {
        int failures = 0;
        for (int attempt = 0; attempt < GIVE_UP_AFTER; attempt++) {
            try {
                failingAttempt.run();
                throw new AssertionError("the attempt succeeded");
            } catch (BadCredentialsException wrong) {
                failures++;
            } catch (SignInPausedException refused) {
                if (refused.reason() != SignInPausedException.Reason.WAIT) {
                    return new Paused(failures, refused);
                }
                clock.advance(Duration.between(clock.instant(), refused.until()).plusMillis(1));
            }
        }
        throw new AssertionError("no pause after " + GIVE_UP_AFTER + " attempts");
    }

    /** Fails sign-ins to the address typed (from the client address, when given) straight at the throttle, with no password checked. */
    public static Paused pause(SignInThrottle throttle, TestClock clock, String email, @Nullable String clientAddress) {
        return failUntilPaused(clock, () -> {
            throttle.failed(throttle.admit(email, clientAddress));
            throw new BadCredentialsException("a wrong password");
        });
    }
}
