package eu.reloop.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the system does on an operator's behalf (demo data, the reindex command) passes the same
 * permission checks as a person would, as an admin with a name that shows who acted.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static void runAsAdmin(String actor, Runnable work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                actor, null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
