package eu.reloop.identity;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends an account's open sessions at once, on every server session the registry knows: the next request of
 * each goes to sign-in, where a disabled account is refused.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void end(String email) {
        registry.getAllPrincipals().stream()
                .filter(principal -> email.equalsIgnoreCase(principal instanceof UserDetails user ? user.getUsername()
                        : principal.toString()))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
