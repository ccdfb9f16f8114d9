package eu.reloop.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.SiteProperties;

/**
 * The first admin of a configured database, which has no demo accounts: an account nobody can sign in to
 * until its owner sets a password through a single-use link.
 */
@Component
class FirstAdmin {

    static final Duration LINK_VALIDITY = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final UserAccountRepository repository;
    private final OneTimeTokens tokens;
    private final AccountAudit audit;
    private final SiteProperties site;

    FirstAdmin(UserAccounts accounts, UserAccountRepository repository, OneTimeTokens tokens, AccountAudit audit,
            SiteProperties site) {
        this.accounts = accounts;
        this.repository = repository;
        this.tokens = tokens;
        this.audit = audit;
        this.site = site;
    }

    /**
     * Creates the account (named after the address's local part) with the admin and consumer roles, as an admin
     * acting for the operator would.
     *
     * @return the link that sets its password, valid {@link #LINK_VALIDITY}
     * @throws RefusedException when an enabled admin exists or the address has an account
     * @throws jakarta.validation.ConstraintViolationException when the address is not one
     */
    @Transactional
    public String create(String email) {
        repository.lockAdmins();
        if (repository.enabledAdminExistsOtherThan(null)) {
            throw RefusedException.because("admin.error.admin-exists");
        }
        String address = email.strip();
        String localPart = address.substring(0, Math.max(0, address.indexOf('@')));
        // Nobody knows this password: the account opens only through the link.
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        SignUpRequest request = new SignUpRequest(localPart, address, Base64.getEncoder().encodeToString(random));
        UUID id = accounts.createAccount(request, EnumSet.of(Role.ADMIN, Role.CONSUMER));
        audit.record(id, AccountAction.CREATED, null, null);
        String token = tokens.issue(OneTimeTokens.Purpose.SET_PASSWORD, id, null, LINK_VALIDITY);
        return site.link(IdentityLinks.resetPassword(token));
    }
}
