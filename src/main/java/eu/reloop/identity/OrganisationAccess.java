package eu.reloop.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change an organisation's records: its own staff and admins, nobody else. Services use it in
 * {@code @PreAuthorize("@organisationAccess.canManage(#organisationId)")}.
 */
@Component("organisationAccess")
public class OrganisationAccess {

    private final JdbcClient jdbc;

    OrganisationAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean canManage(UUID organisationId) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        if (user.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))) {
            return true;
        }
        return isStaffOf(organisationId);
    }

    /** Whether the signed-in user works for the organisation, whatever their roles: a certifier who does may not judge it. */
    @Transactional(readOnly = true)
    public boolean isStaffOf(UUID organisationId) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from organisation_membership m join app_user u on u.id = m.user_id
                                       where u.email = :email and m.organisation_id = :organisation and u.enabled)""")
                .param("email", user.getName()).param("organisation", organisationId)
                .query(Boolean.class).single();
    }

    /** Whether the signed-in user is one of the organisation's owners, who decide who works for it. */
    @Transactional(readOnly = true)
    public boolean isOwnerOf(UUID organisationId) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from organisation_membership m join app_user u on u.id = m.user_id
                                       where u.email = :email and m.organisation_id = :organisation and u.enabled
                                             and m.role = 'OWNER')""")
                .param("email", user.getName()).param("organisation", organisationId)
                .query(Boolean.class).single();
    }

    /** The e-mail addresses of an organisation's active staff, for notices to the organisation. */
    @Transactional(readOnly = true)
    public List<String> staffEmails(UUID organisationId) {
        return jdbc.sql("""
                        select u.email from organisation_membership m join app_user u on u.id = m.user_id
                        where m.organisation_id = :organisation and u.enabled order by u.email""")
                .param("organisation", organisationId).query(String.class).list();
    }

    /** The enabled admins' addresses: who hears of what concerns the whole registry. */
    @Transactional(readOnly = true)
    public List<String> adminEmails() {
        return jdbc.sql("""
                        select u.email from user_role r join app_user u on u.id = r.user_id
                        where r.role = 'ADMIN' and u.enabled order by u.email""")
                .query(String.class).list();
    }

    /** The organisations the signed-in user is staff of (for admins too: their own memberships only). */
    @Transactional(readOnly = true)
    public List<UUID> managedByCurrentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.organisation_id from organisation_membership m join app_user u on u.id = m.user_id
                        where u.email = :email and u.enabled""")
                .param("email", user.getName())
                .query(UUID.class).list();
    }
}
