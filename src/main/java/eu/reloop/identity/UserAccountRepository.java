package eu.reloop.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(UserAccount account, String passwordHash) {
    }

    UUID insert(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        UUID id = jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, created_at)
                        values (:email, :displayName, :passwordHash, :now) returning id""")
                .param("email", email).param("displayName", displayName).param("passwordHash", passwordHash)
                .param("now", java.sql.Timestamp.from(now))
                .query(UUID.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        return id;
    }

    boolean emailExists(String email) {
        return jdbc.sql("select exists (select 1 from app_user where email = :email)")
                .param("email", email).query(Boolean.class).single();
    }

    Optional<StoredAccount> findByEmail(String email) {
        return jdbc.sql(SELECT_ACCOUNT + " where u.email = :email group by u.id")
                .param("email", email).query(UserAccountRepository::mapStored).optional();
    }

    List<UserAccount> page(int offset, int limit, AccountSort sort, boolean ascending) {
        return jdbc.sql(SELECT_ACCOUNT + " group by u.id order by u." + sort.sqlColumn() + (ascending ? " asc" : " desc")
                        + ", u.id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> mapStored(rs, row).account()).list();
    }

    int count() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
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
