package eu.reloop.identity;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was looked at, because too many failed before it: the same for an
 * account that exists and one that does not. The sign-in page reads it to say how long to wait.
 */
public class SignInPausedException extends AuthenticationException {

    /** Why nothing is tried before {@link #until()}. */
    public enum Reason {
        /** A short wait after a failure, growing with each. */
        WAIT,
        /** The account typed is paused; its owner, if it has one, was mailed a link that lifts the pause. */
        ACCOUNT_PAUSED,
        /** The client's network is paused. */
        ADDRESS_PAUSED
    }

    private final Instant until;
    private final Reason reason;

    SignInPausedException(Instant until, Reason reason) {
        super("Sign-in refused until " + until + ": " + reason);
        this.until = until;
        this.reason = reason;
    }

    public Instant until() {
        return until;
    }

    public Reason reason() {
        return reason;
    }
}
