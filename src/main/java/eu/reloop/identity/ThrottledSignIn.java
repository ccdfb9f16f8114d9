package eu.reloop.identity;

import java.util.Objects;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import eu.reloop.shared.ClientAddress;

/**
 * The sign-in form's password check, behind the {@link SignInThrottle}: an attempt the throttle refuses never
 * reaches the password (nor costs its hashing), and every outcome is counted.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserAccounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        this.passwords = provider;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        // Counted as the accounts are keyed, so that case and blanks make no second count.
        String email = Objects.requireNonNullElse(EmailAddresses.normalise(attempt.getName()), "");
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? ClientAddress.of(web.getRemoteAddress()) : null;
        SignInThrottle.Admitted admitted = throttle.admit(email, client);
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException failed) {
            throttle.failed(admitted);
            throw failed;
        }
        throttle.succeeded(admitted);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
