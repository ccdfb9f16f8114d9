package eu.reloop.identity;

import java.util.List;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.UserAccountRepository.StoredAccount;
import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * What admins do with accounts: find them, look at one, disable and enable it, appoint and remove
 * certifiers and admins. Every change goes into the account's trail; ReLoop always keeps an enabled admin.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** The roles admins hand out; the others come with signing up or an organisation. */
    public static final Set<Role> APPOINTED_ROLES = Collections.unmodifiableSet(EnumSet.of(Role.CERTIFIER, Role.ADMIN));

    private final UserAccountRepository repository;
    private final AccountAudit audit;
    private final AccountSessions sessions;

    AccountAdministration(UserAccountRepository repository, AccountAudit audit, AccountSessions sessions) {
        this.repository = repository;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** A page of the accounts whose name or e-mail address contains the text; a blank text finds all. */
    @Transactional(readOnly = true)
    public List<UserAccount> search(@Size(max = TextLimits.EMAIL) String text, int offset, int limit, AccountSort sort,
            boolean ascending) {
        return repository.page(text, offset, limit, sort, ascending);
    }

    @Transactional(readOnly = true)
    public int count(@Size(max = TextLimits.EMAIL) String text) {
        return repository.count(text);
    }

    @Transactional(readOnly = true)
    public AccountDetail detail(UUID userId) {
        return new AccountDetail(find(userId), repository.organisationNames(userId), audit.trail(userId));
    }

    /** The account can no longer sign in, and its open sessions end now. */
    @Transactional
    public void disable(UUID userId, @NotBlank @Size(max = TextLimits.REASON) @PrintableText(multiLine = true) String reason) {
        repository.lockAdmins();
        UserAccount account = find(userId);
        if (account.email().equals(AccountAudit.currentActor())) {
            throw RefusedException.because("users.error.disable-self");
        }
        if (!account.enabled()) {
            return;
        }
        refuseIfLastAdmin(account, "users.error.last-admin-disable");
        repository.setEnabled(userId, false);
        audit.record(userId, AccountAction.DISABLED, null, reason.strip());
        sessions.end(account.email());
    }

    @Transactional
    public void enable(UUID userId) {
        UserAccount account = find(userId);
        refuseIfDeleted(account);
        if (!account.enabled()) {
            repository.setEnabled(userId, true);
            audit.record(userId, AccountAction.ENABLED, null, null);
        }
    }

    /**
     * Appoints a certifier or admin. The person's open sessions end, as on every change of role: a session
     * keeps the roles it signed in with, and the next sign-in has the new one.
     */
    @Transactional
    public void grant(UUID userId, Role role) {
        refuseUnlessAppointed(role);
        UserAccount account = find(userId);
        refuseIfDeleted(account);
        if (repository.grant(userId, role)) {
            audit.record(userId, AccountAction.ROLE_GRANTED, role, null);
            sessions.end(account.email());
        }
    }

    /** Removes a certifier's or admin's role; their open sessions end, so that it stops applying now. */
    @Transactional
    public void revoke(UUID userId, Role role) {
        refuseUnlessAppointed(role);
        repository.lockAdmins();
        UserAccount account = find(userId);
        if (role == Role.ADMIN) {
            refuseIfLastAdmin(account, "users.error.last-admin-revoke");
        }
        if (repository.revoke(userId, role)) {
            audit.record(userId, AccountAction.ROLE_REVOKED, role, null);
            sessions.end(account.email());
        }
    }

    private void refuseIfLastAdmin(UserAccount account, String messageKey) {
        if (account.enabled() && account.roles().contains(Role.ADMIN)
                && !repository.enabledAdminExistsOtherThan(account.id())) {
            throw RefusedException.because(messageKey);
        }
    }

    /** A deleted account stays a pseudonym: opening it again would give nobody's account to whoever resets it. */
    private static void refuseIfDeleted(UserAccount account) {
        if (account.email().equals(AccountDeleted.pseudonym(account.id()))) {
            throw RefusedException.because("users.error.deleted");
        }
    }

    private static void refuseUnlessAppointed(Role role) {
        if (!APPOINTED_ROLES.contains(role)) {
            throw RefusedException.because("users.error.role-not-appointed");
        }
    }

    private UserAccount find(UUID userId) {
        return repository.findById(userId).map(StoredAccount::account)
                .orElseThrow(() -> new UnknownRecordException("No account " + userId + "."));
    }
}
