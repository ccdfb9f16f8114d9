package eu.reloop.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.identity.OneTimeTokens.Purpose;
import eu.reloop.identity.UserAccountRepository.StoredAccount;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.Translations;
import eu.reloop.shared.UnknownRecordException;

/**
 * Opening accounts, signing in, confirming addresses and setting passwords.
 * Whether an address has an account is never told to whoever types it: sign-up and "forgot password" answer
 * alike, and the owner of a known address gets an e-mail instead.
 */
@Service
@Validated
public class UserAccounts implements UserDetailsService {

    /** Long enough for a weekend away from the mailbox. */
    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    /** Short, since whoever holds the link can take the account. */
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final UserAccountRepository repository;
    private final OneTimeTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AccountSessions sessions;
    private final Clock clock;

    UserAccounts(UserAccountRepository repository, OneTimeTokens tokens, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, AccountSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.repository = repository;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a consumer account and mails a link to confirm its address; returns its id. For an address that
     * already has an account nothing changes: its owner is told by e-mail, and the result is empty.
     *
     * @param language the language the visitor signs up in: their e-mail is written in it from the first
     */
    @Transactional
    public Optional<UUID> signUp(@Valid SignUpRequest request, Locale language) {
        Optional<UUID> id = insert(request, EnumSet.of(Role.CONSUMER), null);
        id.ifPresentOrElse(created -> {
            repository.setLanguage(request.email(), Translations.supported(language).getLanguage());
            sendConfirmation(created, request.email(), request.displayName());
        }, () -> tellOwnerOfAttempt(request.email()));
        return id;
    }

    /**
     * Opens a consumer account for an address the caller has proven itself, as a single-use link it mailed
     * there and that was opened (a staff invitation): the address counts as confirmed, and no link to confirm
     * it is sent.
     *
     * @throws RefusedException naming {@code email} when the address has an account: its owner signs in instead
     */
    @Transactional
    public UUID signUpWithProvenAddress(@Valid SignUpRequest request) {
        return insertConfirmed(request, EnumSet.of(Role.CONSUMER));
    }

    /**
     * Opens an account with any roles: only for admins (and the demo data, which runs as one). The address
     * counts as confirmed: whoever opens it vouches for it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UUID createAccount(@Valid SignUpRequest request, Set<Role> roles) {
        return insertConfirmed(request, roles);
    }

    /**
     * Seats a user as an owner of an organisation, for admins (and the demo data): an organisation an admin
     * registered gets its first owner this way, who then invites the rest.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addMembership(UUID userId, UUID organisationId) {
        repository.addOwner(userId, organisationId);
    }

    /**
     * Refuses unless the signed-in account has confirmed its address: an unconfirmed one may browse and
     * search, but not reserve, apply, answer or invite. Work the system does ({@link SystemActor}) passes.
     */
    @Transactional(readOnly = true)
    public void requireConfirmedEmail() {
        if (!SystemActor.acting() && !emailConfirmed()) {
            throw RefusedException.because("account.error.confirm-email-first");
        }
    }

    /**
     * Whether the signed-in account has confirmed its address. Nobody signed in, and a name without an account,
     * have no address anyone confirmed: false.
     */
    @Transactional(readOnly = true)
    public boolean emailConfirmed() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        return repository.emailConfirmed(normalise(user.getName())).orElse(false);
    }

    /** Sends the signed-in account a fresh confirmation link; the earlier one stops working. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void resendConfirmation() {
        StoredAccount stored = current();
        if (!emailConfirmed()) {
            sendConfirmation(stored.account().id(), stored.account().email(), stored.account().displayName());
        }
    }

    /**
     * Opens a confirmation link: confirms the address it was sent to, which becomes the account's address if
     * it asked to change to it (the previous address is told).
     *
     * @throws RefusedException naming {@code token} when the link is unknown, used, expired or meant for
     *         something else, or the new address has meanwhile been taken; nothing changes then
     */
    @Transactional
    public EmailConfirmation confirmEmail(String token) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(Purpose.CONFIRM_EMAIL, token);
        UserAccount account = repository.findById(redeemed.userId()).orElseThrow().account();
        String address = redeemed.email() == null ? account.email() : redeemed.email();
        Instant now = clock.instant();
        if (address.equals(account.email())) {
            repository.markEmailConfirmed(account.id(), now);
            return new EmailConfirmation(address, address);
        }
        if (repository.emailExists(address)) {
            throw emailTaken();
        }
        try {
            repository.changeEmail(account.id(), address, now);
        } catch (DuplicateKeyException takenMeanwhile) {
            throw emailTaken();
        }
        events.publishEvent(new AccountEmailChanged(account.email(), address));
        // Other sessions still go by the old address, which someone else may sign up with now: they end; the
        // browser that opened the link is signed in again under the new one.
        sessions.end(account.email());
        mail(account.email(), "account.mail.email-changed", List.of(address), IdentityLinks.login());
        return new EmailConfirmation(account.email(), address);
    }

    /** "Forgot password?": mails a link to set a new one if the address has an enabled account; answers alike either way. */
    @Transactional
    public void requestPasswordReset(@Valid PasswordResetRequest request) {
        repository.findByEmail(request.email()).map(StoredAccount::account).filter(UserAccount::enabled)
                .ifPresent(account -> mail(account.email(), "account.mail.reset",
                        List.of(String.valueOf(RESET_VALIDITY.toMinutes())),
                        IdentityLinks.resetPassword(tokens.issue(Purpose.SET_PASSWORD, account.id(), account.email(),
                                RESET_VALIDITY))));
    }

    /**
     * Sets the password through a link from "Forgot password?", which then stops working. The link came to the
     * account's address, so the address counts as confirmed too.
     *
     * @throws RefusedException naming {@code token} when the link is unknown, used, expired or meant for something else
     */
    @Transactional
    public void resetPassword(@Valid PasswordReset reset) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(Purpose.SET_PASSWORD, reset.token());
        UserAccount account = repository.findById(redeemed.userId()).orElseThrow().account();
        repository.changePassword(account.id(), passwordEncoder.encode(reset.password()));
        // Whoever knew the old password is signed out wherever they are.
        sessions.end(account.email());
        if (account.email().equals(redeemed.email())) {
            repository.markEmailConfirmed(account.id(), clock.instant());
        }
        mail(account.email(), "account.mail.password-changed", List.of(), IdentityLinks.forgotPassword());
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserAccount currentAccount() {
        return current().account();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeName(@Valid NameChange change) {
        repository.changeDisplayName(current().account().id(), change.displayName());
    }

    /**
     * Sets a new password once the current one is typed. The account's other sessions end, as whoever knew the
     * old password may hold one; the session that typed it stays signed in.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(@Valid PasswordChange change) {
        StoredAccount stored = currentWithPassword(change.currentPassword());
        repository.changePassword(stored.account().id(), passwordEncoder.encode(change.newPassword()));
        sessions.endOthers(stored.account().email());
        mail(stored.account().email(), "account.mail.password-changed", List.of(), IdentityLinks.forgotPassword());
    }

    /**
     * Mails a confirmation link to the new address; the account moves there when it is opened. An address that
     * has an account of its own is not moved to, and its owner is told as at sign-up; the answer is the same.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void requestEmailChange(@Valid EmailChange change) {
        UserAccount account = currentWithPassword(change.currentPassword()).account();
        if (change.email().equals(account.email())) {
            throw RefusedException.onField("email", "account.error.same-email");
        }
        if (repository.emailExists(change.email())) {
            tellOwnerOfAttempt(change.email());
        } else {
            sendConfirmation(account.id(), change.email(), account.displayName());
        }
    }

    /** The signed-in user's display name, for records that name who acted (a certifier on a certificate). */
    @Transactional(readOnly = true)
    public String currentDisplayName() {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        return findByEmail(name).map(UserAccount::displayName).orElse(name);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return repository.findByEmail(normalise(email)).map(StoredAccount::account);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        StoredAccount stored = repository.findByEmail(normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
        UserAccount account = stored.account();
        return User.withUsername(account.email())
                .password(stored.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    private Optional<UUID> insert(SignUpRequest request, Set<Role> roles, @Nullable Instant emailConfirmedAt) {
        return repository.insertIfNew(request.email(), request.displayName(), passwordEncoder.encode(request.password()),
                roles, clock.instant(), emailConfirmedAt);
    }

    /** A new account whose address counts as confirmed; refused on {@code email} when the address has one. */
    private UUID insertConfirmed(SignUpRequest request, Set<Role> roles) {
        return insert(request, roles, clock.instant())
                .orElseThrow(() -> RefusedException.onField("email", "account.error.email-taken"));
    }

    private void sendConfirmation(UUID userId, String email, String displayName) {
        String token = tokens.issue(Purpose.CONFIRM_EMAIL, userId, email, CONFIRMATION_VALIDITY);
        mail(email, "account.mail.confirm", List.of(displayName, String.valueOf(CONFIRMATION_VALIDITY.toHours())),
                IdentityLinks.confirmEmail(token));
    }

    /** Someone typed an address that has an account: its owner learns of it, the visitor learns nothing. */
    private void tellOwnerOfAttempt(String email) {
        mail(email, "account.mail.address-in-use", List.of(), IdentityLinks.forgotPassword());
    }

    private void mail(String email, String messageKey, List<String> arguments, String link) {
        events.publishEvent(new AccountMailRequested(email, messageKey, arguments, link));
    }

    private StoredAccount current() {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        return repository.findByEmail(normalise(name))
                .orElseThrow(() -> new UnknownRecordException("No account for the signed-in user " + name));
    }

    /** The signed-in account, when the password typed is its own; refused on the field otherwise. */
    private StoredAccount currentWithPassword(String password) {
        StoredAccount stored = current();
        if (!passwordEncoder.matches(password, stored.passwordHash())) {
            throw RefusedException.onField("currentPassword", "account.error.wrong-password");
        }
        return stored;
    }

    private static RefusedException emailTaken() {
        return RefusedException.onField("token", "account.error.email-taken");
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
