package eu.reloop.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their roles in PostgreSQL. */
@Repository
class UserAccountRepository {

    private static final String SELECT_ACCOUNT = """
            select u.id, u.email, u.display_name, u.enabled, u.created_at, u.password_hash,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u left join user_role r on r.user_id = u.id
            """;
    /** Accounts whose address or name contains the {@code pattern}; addresses are stored in lower case. */
    private static final String MATCHING = " where (u.email like :pattern escape '\\' or lower(u.display_name) like :pattern escape '\\')";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(UserAccount account, String passwordHash) {
    }

    /** The new account's id, or empty when the address already has one (also when a parallel sign-up just took it). */
    Optional<UUID> insertIfNew(String email, String displayName, String passwordHash, Set<Role> roles, Instant now,
            @Nullable Instant emailConfirmedAt) {
        Optional<UUID> id = jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, created_at, email_confirmed_at)
                        values (:email, :displayName, :passwordHash, :now, :confirmed)
                        on conflict (email) do nothing returning id""")
                .param("email", email).param("displayName", displayName).param("passwordHash", passwordHash)
                .param("now", Timestamp.from(now))
                .param("confirmed", emailConfirmedAt == null ? null : Timestamp.from(emailConfirmedAt))
                .query(UUID.class).optional();
        id.ifPresent(created -> {
            for (Role role : roles) {
                jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                        .param("id", created).param("role", role.name()).update();
            }
        });
        return id;
    }

    boolean emailExists(String email) {
        return jdbc.sql("select exists (select 1 from app_user where email = :email)")
                .param("email", email).query(Boolean.class).single();
    }

    Optional<StoredAccount> findById(UUID id) {
        return jdbc.sql(SELECT_ACCOUNT + " where u.id = :id group by u.id")
                .param("id", id).query(UserAccountRepository::mapStored).optional();
    }

    /** Whether the address's account has confirmed it; empty when no account has the address. */
    Optional<Boolean> emailConfirmed(String email) {
        return jdbc.sql("select email_confirmed_at is not null from app_user where email = :email")
                .param("email", email).query(Boolean.class).optional();
    }

    void markEmailConfirmed(UUID id, Instant now) {
        jdbc.sql("update app_user set email_confirmed_at = coalesce(email_confirmed_at, :now) where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Moves the account to an address it has just confirmed; the unique constraint refuses one that is taken. */
    void changeEmail(UUID id, String email, Instant now) {
        jdbc.sql("update app_user set email = :email, email_confirmed_at = :now where id = :id")
                .param("id", id).param("email", email).param("now", Timestamp.from(now)).update();
    }

    void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("id", id).param("hash", passwordHash).update();
    }

    void changeDisplayName(UUID id, String displayName) {
        jdbc.sql("update app_user set display_name = :name where id = :id")
                .param("id", id).param("name", displayName).update();
    }

    /** The languages of those of the addresses whose accounts have chosen one. */
    Map<String, String> languages(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select email, language from app_user where email in (:emails) and language is not null")
                .param("emails", emails)
                .query((rs, row) -> Map.entry(rs.getString("email"), rs.getString("language"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void setLanguage(String email, String language) {
        jdbc.sql("update app_user set language = :language where email = :email")
                .param("email", email).param("language", language).update();
    }

    Optional<StoredAccount> findByEmail(String email) {
        return jdbc.sql(SELECT_ACCOUNT + " where u.email = :email group by u.id")
                .param("email", email).query(UserAccountRepository::mapStored).optional();
    }

    /** A page of the accounts whose name or address contains the text (any case); all of them for a blank text. */
    List<UserAccount> page(String text, int offset, int limit, AccountSort sort, boolean ascending) {
        return jdbc.sql(SELECT_ACCOUNT + MATCHING + " group by u.id order by u." + sort.sqlColumn()
                        + (ascending ? " asc" : " desc") + ", u.id limit :limit offset :offset")
                .param("pattern", pattern(text)).param("limit", limit).param("offset", offset)
                .query((rs, row) -> mapStored(rs, row).account()).list();
    }

    int count(String text) {
        return jdbc.sql("select count(*) from app_user u" + MATCHING)
                .param("pattern", pattern(text)).query(Integer.class).single();
    }

    /** The text as a LIKE pattern that finds it literally, wildcards included. */
    private static String pattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id").param("enabled", enabled).param("id", id).update();
    }

    /** Whether the role was new to the account. */
    boolean grant(UUID id, Role role) {
        return jdbc.sql("insert into user_role (user_id, role) values (:id, :role) on conflict do nothing")
                .param("id", id).param("role", role.name()).update() == 1;
    }

    /** Whether the account had the role. */
    boolean revoke(UUID id, Role role) {
        return jdbc.sql("delete from user_role where user_id = :id and role = :role")
                .param("id", id).param("role", role.name()).update() == 1;
    }

    /**
     * Serialises the changes that could leave ReLoop without an enabled admin (disabling, removing the role,
     * deleting an account, the first admin), until the transaction ends: two admins removing each other at the
     * same moment must not both succeed.
     */
    void lockAdmins() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('reloop.identity.admins'))").query().singleValue();
    }

    boolean enabledAdminExistsOtherThan(@Nullable UUID id) {
        return jdbc.sql("""
                        select exists (select 1 from app_user u join user_role r on r.user_id = u.id
                                       where r.role = 'ADMIN' and u.enabled and u.id is distinct from :id)""")
                .param("id", id, Types.OTHER).query(Boolean.class).single();
    }

    /** The legal names of the organisations the account works for. */
    List<String> organisationNames(UUID id) {
        return jdbc.sql("""
                        select o.legal_name from organisation_membership m join organisation o on o.id = m.organisation_id
                        where m.user_id = :id order by o.legal_name""")
                .param("id", id).query(String.class).list();
    }

    /**
     * Keeps the row, so that records which name the account by its id (the trail, orders by their pseudonym)
     * still resolve, but nothing that identifies the person: no name, no address, no way to sign in, no roles,
     * memberships or pending links.
     */
    void pseudonymise(UUID id, String pseudonym, String displayName, String unusablePasswordHash) {
        jdbc.sql("""
                        update app_user set email = :email, display_name = :name, password_hash = :hash, enabled = false
                        where id = :id""")
                .param("email", pseudonym).param("name", displayName).param("hash", unusablePasswordHash)
                .param("id", id).update();
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        jdbc.sql("delete from organisation_membership where user_id = :id").param("id", id).update();
        jdbc.sql("delete from one_time_token where user_id = :id").param("id", id).update();
    }

    /** Whether the person owns an organisation: it must not lose its last owner with their account. */
    boolean ownsAnOrganisation(UUID userId) {
        return jdbc.sql("select exists (select 1 from organisation_membership where user_id = :id and role = 'OWNER')")
                .param("id", userId).query(Boolean.class).single();
    }

    void addOwner(UUID userId, UUID organisationId) {
        jdbc.sql("""
                        insert into organisation_membership (user_id, organisation_id, role) values (:user, :organisation, 'OWNER')
                        on conflict do nothing""")
                .param("user", userId).param("organisation", organisationId).update();
    }

    private static StoredAccount mapStored(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> parsed = roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        UserAccount account = new UserAccount(rs.getObject("id", UUID.class), rs.getString("email"),
                rs.getString("display_name"), parsed, rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
        return new StoredAccount(account, rs.getString("password_hash"));
    }
}
