package eu.reloop.identity;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        end(email, session -> true);
    }

    /** Ends all but the session of the request at hand, whose person has just proved who they are. */
    void endOthers(String email) {
        String current = currentSessionId();
        end(email, session -> !session.getSessionId().equals(current));
    }

    private void end(String email, Predicate<SessionInformation> which) {
        registry.getAllPrincipals().stream()
                .filter(principal -> email.equalsIgnoreCase(principal instanceof UserDetails user ? user.getUsername()
                        : principal.toString()))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(which)
                .forEach(SessionInformation::expireNow);
    }

    /** The server session of the HTTP request this thread serves, if it serves one that has a session. */
    private static @Nullable String currentSessionId() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return null;
        }
        HttpSession session = request.getRequest().getSession(false);
        return session == null ? null : session.getId();
    }
}
