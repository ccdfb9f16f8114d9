package eu.reloop.identity;

import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps a signed-in session in step with the staff role its person gains while signed in (founding an
 * organisation, accepting an invitation): Spring Security reads a person's roles once, at sign-in, and the new
 * organisation's pages would otherwise stay closed to its own founder until they signed in again.
 */
@Component
class SessionRoles {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private final UserAccounts accounts;

    SessionRoles(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * When the person is the one signed in on this request, reloads their roles into its session once the
     * current transaction has committed (a rolled-back grant changes nothing).
     */
    void refreshAfterCommit(UUID userId) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || request.getResponse() == null
                || accounts.findByEmail(current.getName()).filter(account -> account.id().equals(userId)).isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                UserDetails user = accounts.loadUserByUsername(current.getName());
                SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                holder.setContext(context);
                REPOSITORY.saveContext(context, request.getRequest(), request.getResponse());
            }
        });
    }
}
