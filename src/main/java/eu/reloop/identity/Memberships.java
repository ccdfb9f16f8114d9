package eu.reloop.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.shared.RefusedException;
import eu.reloop.shared.UnknownRecordException;

/**
 * Who works for which organisation, as owner or staff. Every organisation with members keeps at least one
 * owner: the rows of its members are locked while a change is checked, so two owners demoting each other at
 * once cannot both succeed. Who may invite and why someone is let in is the directory's business
 * ({@code OrganisationStaff}); this keeps the rows and their invariants.
 */
@Service
public class Memberships {

    /** The organisation guard of owner-only steps: owners of that organisation, and admins. */
    public static final String OWNER_OR_ADMIN = "hasRole('ADMIN') or @organisationAccess.isOwnerOf(#organisationId)";

    private final JdbcClient jdbc;
    private final SessionRoles sessionRoles;
    private final UserAccounts accounts;

    Memberships(JdbcClient jdbc, SessionRoles sessionRoles, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.sessionRoles = sessionRoles;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@organisationAccess.canManage(#organisationId)")
    public List<Member> members(UUID organisationId) {
        return jdbc.sql("""
                        select u.id, u.email, u.display_name, m.role
                        from organisation_membership m join app_user u on u.id = m.user_id
                        where m.organisation_id = :organisation order by m.role, lower(u.display_name), u.email""")
                .param("organisation", organisationId)
                .query((rs, row) -> new Member(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), MemberRole.valueOf(rs.getString("role"))))
                .list();
    }

    /**
     * Lets a person in with a role inside the organisation and, if the organisation's kind has one, the global
     * role that opens its staff pages. Only for a caller that has checked why: a new organisation's founder, a
     * redeemed invitation, an owner's yes to a request. Someone already a member keeps their role.
     *
     * <p>No role guard: the person let in may be a visitor opening their account from an invitation link. It
     * runs only inside the caller's transaction, where the caller checks the grant.
     *
     * @return whether the person was let in (false: they already were a member)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean admit(UUID userId, UUID organisationId, MemberRole role, Optional<Role> staffRole) {
        staffRole.ifPresent(global -> {
            if (global != Role.REPAIRER && global != Role.REUSE_CENTRE) {
                throw new IllegalArgumentException("Joining an organisation grants no " + global);
            }
            jdbc.sql("insert into user_role (user_id, role) values (:user, :role) on conflict do nothing")
                    .param("user", userId).param("role", global.name()).update();
            sessionRoles.refreshAfterCommit(userId);
        });
        return jdbc.sql("""
                        insert into organisation_membership (user_id, organisation_id, role)
                        values (:user, :organisation, :role) on conflict do nothing""")
                .param("user", userId).param("organisation", organisationId).param("role", role.name())
                .update() == 1;
    }

    @Transactional(readOnly = true)
    public boolean isMember(UUID userId, UUID organisationId) {
        return jdbc.sql("select exists (select 1 from organisation_membership where user_id = :user and organisation_id = :organisation)")
                .param("user", userId).param("organisation", organisationId).query(Boolean.class).single();
    }

    /** Makes a member owner or staff; the last owner stays one. */
    @Transactional
    @PreAuthorize(OWNER_OR_ADMIN)
    public void changeRole(UUID organisationId, UUID userId, MemberRole role) {
        MemberRole current = lockedRole(organisationId, userId);
        if (current == MemberRole.OWNER && role != MemberRole.OWNER) {
            requireAnotherOwner(organisationId);
        }
        jdbc.sql("update organisation_membership set role = :role where organisation_id = :organisation and user_id = :user")
                .param("role", role.name()).param("organisation", organisationId).param("user", userId).update();
    }

    /** Takes a member out of the organisation; the last owner cannot be taken out. */
    @Transactional
    @PreAuthorize(OWNER_OR_ADMIN)
    public void remove(UUID organisationId, UUID userId) {
        delete(organisationId, userId);
    }

    /** The signed-in member leaves the organisation, if another owner remains when they are one. */
    @Transactional
    @PreAuthorize("@organisationAccess.isStaffOf(#organisationId)")
    public void leave(UUID organisationId) {
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        delete(organisationId, accounts.findByEmail(email).orElseThrow().id());
    }

    private void delete(UUID organisationId, UUID userId) {
        if (lockedRole(organisationId, userId) == MemberRole.OWNER) {
            requireAnotherOwner(organisationId);
        }
        jdbc.sql("delete from organisation_membership where organisation_id = :organisation and user_id = :user")
                .param("organisation", organisationId).param("user", userId).update();
    }

    /** Locks all the organisation's memberships (the owner count depends on all of them) and reads one. */
    private MemberRole lockedRole(UUID organisationId, UUID userId) {
        List<String> roles = jdbc.sql("""
                        select user_id, role from organisation_membership where organisation_id = :organisation
                        order by user_id for update""")
                .param("organisation", organisationId)
                .query((rs, row) -> rs.getObject("user_id", UUID.class).equals(userId) ? rs.getString("role") : "")
                .list();
        return roles.stream().filter(role -> !role.isEmpty()).findFirst().map(MemberRole::valueOf)
                .orElseThrow(() -> new UnknownRecordException("No member " + userId + " of " + organisationId));
    }

    private void requireAnotherOwner(UUID organisationId) {
        int owners = jdbc.sql("select count(*) from organisation_membership where organisation_id = :organisation and role = 'OWNER'")
                .param("organisation", organisationId).query(Integer.class).single();
        if (owners < 2) {
            throw RefusedException.because("staff.error.last-owner");
        }
    }
}
