package eu.reloop.identity;

import java.time.Clock;
import java.time.Duration;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.AttemptThrottle.Blocked;
import eu.reloop.identity.ThrottleProperties.Policy;
import eu.reloop.shared.RefusedException;

/**
 * Sign-ups and "forgot password" requests per client address, and reset links per address they are mailed to,
 * counted in PostgreSQL for every instance alike; past the limit a request is refused for a while, whether or not
 * the address typed has an account.
 */
@Service
@Validated
public class AccountRequestThrottle {

    private final AttemptThrottle attempts;
    private final ThrottleProperties properties;
    private final Clock clock;

    AccountRequestThrottle(AttemptThrottle attempts, ThrottleProperties properties, Clock clock) {
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts a sign-up from the client.
     *
     * @throws RefusedException when too many came from its network lately
     */
    public void beforeSignUp(String clientAddress) {
        claim("sign-up address", clientAddress, properties.signUpAddress(), null, "signup.error.too-many");
    }

    /**
     * Counts a request for a reset link from the client, to the address typed.
     *
     * @throws RefusedException when too many came from its network lately, or (naming {@code email}) too many
     *         links were asked for that address
     */
    public void beforePasswordReset(String clientAddress, @Valid PasswordResetRequest request) {
        claim("reset address", clientAddress, properties.resetAddress(), null, "forgot.error.too-many-from-network");
        claim("reset target", request.email(), properties.resetTarget(), "email", "forgot.error.too-many-for-address");
    }

    private void claim(String kind, String subject, Policy policy, @Nullable String field, String messageKey) {
        if (attempts.claim(AttemptThrottle.key(kind, subject), policy) instanceof Blocked blocked) {
            long minutes = Math.max(1, Duration.between(clock.instant(), blocked.until()).plusSeconds(59).toMinutes());
            throw field == null ? RefusedException.because(messageKey, minutes)
                    : RefusedException.onField(field, messageKey, minutes);
        }
    }
}
