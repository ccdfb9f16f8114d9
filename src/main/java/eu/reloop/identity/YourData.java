package eu.reloop.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in person's own data: everything ReLoop holds about them as one JSON document, and deleting
 * their account. Deleting keeps the account's row and the records law and the warranty need (orders,
 * warranties, the stamp log) but nothing that names the person.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class YourData {

    static final String DELETED_NAME = "Deleted user";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository repository;
    private final AccountAudit audit;
    private final AccountSessions sessions;
    private final List<PersonalData> parts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final Clock clock;

    YourData(UserAccountRepository repository, AccountAudit audit, AccountSessions sessions, List<PersonalData> parts,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events, JsonMapper json, JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.sessions = sessions;
        this.parts = parts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The export, as UTF-8 JSON: the account with its roles, organisations and trail, then each module's part. */
    @Transactional(readOnly = true)
    public byte[] export() {
        UserAccount account = currentAccount();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", clock.instant());
        document.put("account", account);
        document.put("organisations", repository.organisationNames(account.id()));
        document.put("accountTrail", audit.trail(account.id()));
        for (PersonalData part : parts) {
            Map<String, JsonNode> records = new LinkedHashMap<>();
            part.queries().forEach(query -> records.put(query.name(), rows(query, account)));
            document.put(part.part(), records);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    /**
     * Deletes the signed-in person's account once they typed its address: it can no longer sign in, its
     * sessions end, and the modules pseudonymise what they keep ({@link AccountDeleted}).
     *
     * @throws RefusedException when the address differs, the person owns an organisation (they hand it to
     *         another owner first, so no organisation is left without one), or they are the last admin
     */
    @Transactional
    public void deleteAccount(@NotBlank @Size(max = TextLimits.EMAIL) String email) {
        repository.lockAdmins();
        UserAccount account = currentAccount();
        if (!email.strip().equalsIgnoreCase(account.email())) {
            throw RefusedException.onField("email", "mydata.error.email-differs");
        }
        if (repository.ownsAnOrganisation(account.id())) {
            throw RefusedException.because("mydata.error.owner");
        }
        if (account.roles().contains(Role.ADMIN) && !repository.enabledAdminExistsOtherThan(account.id())) {
            throw RefusedException.because("mydata.error.last-admin");
        }
        String pseudonym = AccountDeleted.pseudonym(account.id());
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        repository.pseudonymise(account.id(), pseudonym, DELETED_NAME,
                passwordEncoder.encode(Base64.getEncoder().encodeToString(random)));
        audit.record(account.id(), pseudonym, AccountAction.DELETED, null, null);
        events.publishEvent(new AccountDeleted(account.id(), account.email()));
        sessions.end(account.email());
    }

    /** The query's rows as one JSON array, in the database's own JSON (dates in ISO 8601). */
    private JsonNode rows(PersonalData.Query query, UserAccount account) {
        return json.readTree(jdbc.sql("select coalesce(json_agg(row_to_json(p)), '[]')::text from (" + query.sql() + ") p")
                .param("user", account.id()).param("email", account.email()).query(String.class).single());
    }

    private UserAccount currentAccount() {
        String email = AccountAudit.currentActor();
        return repository.findByEmail(email).map(UserAccountRepository.StoredAccount::account)
                .orElseThrow(() -> new UnknownRecordException("account " + email));
    }
}
