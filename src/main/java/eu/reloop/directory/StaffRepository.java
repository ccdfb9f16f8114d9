package eu.reloop.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.reloop.identity.MemberRole;

/** Invitations, access requests and the organisation audit trail in PostgreSQL. */
@Repository
class StaffRepository {

    /** An invitation as stored, whatever became of it. */
    record StoredInvitation(UUID id, UUID organisationId, String email, MemberRole role, Instant expiresAt,
            boolean ended) {
    }

    /** Whose request was decided. */
    record Asker(UUID userId, String email) {
    }

    private static final String ENDED = "(accepted_at is not null or declined_at is not null or revoked_at is not null)";

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertInvitation(UUID organisationId, StaffInvitation invitation, @Nullable UUID invitedBy, byte[] tokenHash,
            Instant now, Instant expires) {
        return jdbc.sql("""
                        insert into organisation_invitation (organisation_id, email, role, invited_by, token_hash,
                                                             created_at, expires_at)
                        values (:organisation, :email, :role, :by, :hash, :now, :expires) returning id""")
                .param("organisation", organisationId).param("email", invitation.email())
                .param("role", invitation.role().name()).param("by", invitedBy).param("hash", tokenHash)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .query(UUID.class).single();
    }

    boolean hasPendingInvitation(UUID organisationId, String email, Instant now) {
        return jdbc.sql("select exists (select 1 from organisation_invitation where organisation_id = :organisation"
                        + " and email = :email and expires_at > :now and not " + ENDED + ")")
                .param("organisation", organisationId).param("email", email).param("now", Timestamp.from(now))
                .query(Boolean.class).single();
    }

    List<PendingInvitation> pendingInvitations(UUID organisationId) {
        return jdbc.sql("select id, email, role, expires_at from organisation_invitation"
                        + " where organisation_id = :organisation and not " + ENDED + " order by created_at")
                .param("organisation", organisationId)
                .query((rs, row) -> new PendingInvitation(rs.getObject("id", UUID.class), rs.getString("email"),
                        MemberRole.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    /** A pending invitation of this organisation (the organisation is part of the match). */
    Optional<StoredInvitation> pendingInvitation(UUID organisationId, UUID invitationId) {
        return findInvitation("id = :id and organisation_id = :organisation and not " + ENDED,
                Map.of("id", invitationId, "organisation", organisationId));
    }

    Optional<StoredInvitation> invitationByHash(byte[] tokenHash) {
        return findInvitation("token_hash = :hash", Map.of("hash", tokenHash));
    }

    private Optional<StoredInvitation> findInvitation(String where, Map<String, Object> parameters) {
        return jdbc.sql("select id, organisation_id, email, role, expires_at, " + ENDED + " as ended"
                        + " from organisation_invitation where " + where)
                .params(parameters)
                .query((rs, row) -> new StoredInvitation(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("email"),
                        MemberRole.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant(),
                        rs.getBoolean("ended")))
                .optional();
    }

    void renewToken(UUID invitationId, byte[] tokenHash, Instant expires) {
        jdbc.sql("update organisation_invitation set token_hash = :hash, expires_at = :expires where id = :id")
                .param("hash", tokenHash).param("expires", Timestamp.from(expires)).param("id", invitationId).update();
    }

    void revoke(UUID invitationId, Instant now) {
        jdbc.sql("update organisation_invitation set revoked_at = :now where id = :id and not " + ENDED)
                .param("now", Timestamp.from(now)).param("id", invitationId).update();
    }

    /**
     * Ends a pending invitation, in the one statement that checks it is pending, unexpired and addressed to
     * this e-mail, so that two clicks cannot both succeed.
     *
     * @param outcome {@code accepted_at} or {@code declined_at}
     */
    Optional<StoredInvitation> end(byte[] tokenHash, String email, String outcome, Instant now) {
        return jdbc.sql("update organisation_invitation set " + outcome + " = :now"
                        + " where token_hash = :hash and email = :email and expires_at > :now and not " + ENDED
                        + " returning id, organisation_id, email, role, expires_at, true as ended")
                .param("now", Timestamp.from(now)).param("hash", tokenHash).param("email", email)
                .query((rs, row) -> new StoredInvitation(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("email"),
                        MemberRole.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant(), true))
                .optional();
    }

    /** @return false when the person already has an open request to this organisation */
    boolean insertRequest(UUID organisationId, UUID userId, Instant now) {
        return jdbc.sql("""
                        insert into organisation_access_request (organisation_id, user_id, created_at)
                        values (:organisation, :user, :now) on conflict do nothing""")
                .param("organisation", organisationId).param("user", userId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    List<AccessRequest> openRequests(UUID organisationId) {
        return jdbc.sql("""
                        select r.id, u.display_name, u.email, r.created_at
                        from organisation_access_request r join app_user u on u.id = r.user_id
                        where r.organisation_id = :organisation and r.accepted_at is null and r.declined_at is null
                        order by r.created_at""")
                .param("organisation", organisationId)
                .query((rs, row) -> new AccessRequest(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("email"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Decides an open request of this organisation, once. */
    Optional<Asker> decide(UUID organisationId, UUID requestId, boolean accepted, Instant now) {
        return jdbc.sql("update organisation_access_request r set " + (accepted ? "accepted_at" : "declined_at")
                        + " = :now from app_user u where u.id = r.user_id and r.id = :id and r.organisation_id = :organisation"
                        + " and r.accepted_at is null and r.declined_at is null returning r.user_id, u.email")
                .param("now", Timestamp.from(now)).param("id", requestId).param("organisation", organisationId)
                .query((rs, row) -> new Asker(rs.getObject("user_id", UUID.class), rs.getString("email")))
                .optional();
    }

    void audit(UUID organisationId, Instant at, String actor, StaffChange change, @Nullable String subject) {
        jdbc.sql("""
                        insert into organisation_audit (organisation_id, at, actor, action, subject)
                        values (:organisation, :at, :actor, :action, :subject)""")
                .param("organisation", organisationId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("action", change.name()).param("subject", subject).update();
    }

    List<StaffAuditEntry> trail(UUID organisationId) {
        return jdbc.sql("select at, actor, action, subject from organisation_audit where organisation_id = :organisation"
                        + " order by id desc")
                .param("organisation", organisationId)
                .query((rs, row) -> new StaffAuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        StaffChange.valueOf(rs.getString("action")), rs.getString("subject")))
                .list();
    }
}
