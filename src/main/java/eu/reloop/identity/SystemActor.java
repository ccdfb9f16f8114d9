package eu.reloop.identity;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the system does on an operator's behalf (demo data, the reindex command) passes the same
 * permission checks as a person would, as an admin with a name that shows who acted.
 */
public final class SystemActor {

    /** Marks the system's own authentication, which no sign-in can produce. */
    private static final class SystemAuthentication extends UsernamePasswordAuthenticationToken {

        SystemAuthentication(String actor, Set<Role> roles) {
            super(actor, null, AuthorityUtils.createAuthorityList(roles.stream().map(Role::authority).toList()));
        }
    }

    private SystemActor() {
    }

    public static void runAsAdmin(String actor, Runnable work) {
        runAs(actor, Set.of(Role.ADMIN), work);
    }

    /** For system work that needs more than an admin may do, such as the demo data suspending a certificate. */
    public static void runAs(String actor, Set<Role> roles, Runnable work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new SystemAuthentication(actor, roles));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Whether the work at hand is the system's, not a person's: it has no account whose address could be confirmed. */
    static boolean acting() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SystemAuthentication;
    }
}
