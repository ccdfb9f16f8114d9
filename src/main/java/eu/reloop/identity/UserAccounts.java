package eu.reloop.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.shared.RefusedException;

/** Opening accounts, signing in, and the account list admins see. */
@Service
@Validated
public class UserAccounts implements UserDetailsService {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Opens a consumer account for anyone; e-mail addresses are unique, whatever their case. */
    @Transactional
    public UUID signUp(@Valid SignUpRequest request) {
        return create(request, EnumSet.of(Role.CONSUMER));
    }

    /** Opens an account with any roles: only for admins (and the demo data, which runs as one). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UUID createAccount(@Valid SignUpRequest request, Set<Role> roles) {
        return create(request, roles);
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

    /** The signed-in user's display name, for records that name who acted (a certifier on a certificate). */
    @Transactional(readOnly = true)
    public String currentDisplayName() {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        return findByEmail(name).map(UserAccount::displayName).orElse(name);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return repository.findByEmail(normalise(email)).map(UserAccountRepository.StoredAccount::account);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> page(int offset, int limit, AccountSort sort, boolean ascending) {
        return repository.page(offset, limit, sort, ascending);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return repository.count();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccountRepository.StoredAccount stored = repository.findByEmail(normalise(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
        UserAccount account = stored.account();
        return User.withUsername(account.email())
                .password(stored.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    private UUID create(SignUpRequest request, Set<Role> roles) {
        if (repository.emailExists(request.email())) {
            throw emailTaken();
        }
        try {
            return repository.insert(request.email(), request.displayName(), passwordEncoder.encode(request.password()),
                    roles, clock.instant());
        } catch (DuplicateKeyException raceWithAnotherSignUp) {
            throw emailTaken();
        }
    }

    private static RefusedException emailTaken() {
        return RefusedException.onField("email", "signup.error.email-taken");
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
