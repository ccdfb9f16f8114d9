package eu.reloop.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AttemptThrottle.Blocked;
import eu.reloop.identity.AttemptThrottle.Claim;
import eu.reloop.identity.AttemptThrottle.Granted;
import eu.reloop.identity.OneTimeTokens.Purpose;
import eu.reloop.identity.SignInPausedException.Reason;
import eu.reloop.identity.ThrottleProperties.Policy;
import eu.reloop.identity.UserAccountRepository.StoredAccount;
import eu.reloop.shared.RefusedException;

/**
 * Counts sign-ins per account typed and per client address, whether or not the account exists, and refuses one
 * before its password is checked once too many failed: a wait that grows with each failure, then a pause. The
 * owner of a paused account gets a link that lifts the pause; a right password starts the account's count again.
 * Why: {@code docs/decisions/sign-in-throttled-in-postgresql.md}.
 */
@Service
public class SignInThrottle {

    static final String ACCOUNT = "sign-in account";
    static final String ADDRESS = "sign-in address";

    /** The attempts an admitted sign-in claimed, to settle once its password was checked. */
    record Admitted(String email, Granted account, @Nullable Granted address) {
    }

    private final AttemptThrottle attempts;
    private final ThrottleProperties properties;
    private final UserAccountRepository accounts;
    private final OneTimeTokens tokens;
    private final ApplicationEventPublisher events;

    SignInThrottle(AttemptThrottle attempts, ThrottleProperties properties, UserAccountRepository accounts,
            OneTimeTokens tokens, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.properties = properties;
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
    }

    /**
     * Claims an attempt for the client's network (when known) and for the address typed.
     *
     * @throws SignInPausedException when either must wait; the attempt was not made
     */
    Admitted admit(String email, @Nullable String clientAddress) {
        Granted address = null;
        if (clientAddress != null) {
            address = granted(attempts.claim(AttemptThrottle.key(ADDRESS, clientAddress), properties.signInAddress()),
                    Reason.ADDRESS_PAUSED);
        }
        Granted account = granted(attempts.claim(AttemptThrottle.key(ACCOUNT, email), properties.signInAccount()),
                Reason.ACCOUNT_PAUSED);
        return new Admitted(email, account, address);
    }

    /** The password was right: the account's count starts again, and the network's attempt does not count. */
    void succeeded(Admitted admitted) {
        attempts.forget(admitted.account().key());
        if (admitted.address() != null) {
            attempts.refund(admitted.address().key(), properties.signInAddress());
        }
    }

    /** The sign-in failed: the failure that pauses an account mails its owner, once, a link that lifts the pause. */
    @Transactional
    void failed(Admitted admitted) {
        Policy policy = properties.signInAccount();
        if (admitted.account().attempt() != policy.pauseAfter()) {
            return;
        }
        accounts.findByEmail(admitted.email()).map(StoredAccount::account).filter(UserAccount::enabled)
                .ifPresent(account -> events.publishEvent(new AccountMailRequested(account.email(),
                        "account.mail.sign-in-paused",
                        List.of(String.valueOf(policy.pause().toMinutes()), String.valueOf(policy.pauseAfter())),
                        IdentityLinks.resumeSignIn(tokens.issue(Purpose.RESUME_SIGN_IN, account.id(), account.email(),
                                policy.pause())))));
    }

    /**
     * Lifts the pause of the account the link was mailed to, which then signs in as before.
     *
     * @throws RefusedException naming {@code token} when the link is unknown, used, expired or meant for something else
     */
    @Transactional
    public void resume(String token) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(Purpose.RESUME_SIGN_IN, token);
        if (redeemed.email() != null) {
            attempts.forget(AttemptThrottle.key(ACCOUNT, redeemed.email()));
        }
    }

    private static Granted granted(Claim claim, Reason whenPaused) {
        return switch (claim) {
            case Granted granted -> granted;
            case Blocked blocked -> throw new SignInPausedException(blocked.until(), blocked.paused() ? whenPaused : Reason.WAIT);
        };
    }
}
