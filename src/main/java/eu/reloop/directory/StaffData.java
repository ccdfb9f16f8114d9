package eu.reloop.directory;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.PersonalData;

/**
 * What the directory keeps about a person as staff, for "Your data": the invitations sent to their address,
 * their requests for access, and the entries of organisations' audit trails that they made or that name them.
 * When they delete their account, invitations to the address keep the pseudonym instead; the audit trails are
 * append-only and keep what happened as it was written.
 */
@Component
class StaffData implements PersonalData {

    private static final List<Query> QUERIES = List.of(
            new Query("invitations", """
                    select o.legal_name as organisation, i.email, i.role, i.created_at, i.expires_at, i.accepted_at,
                           i.declined_at, i.revoked_at
                    from organisation_invitation i join organisation o on o.id = i.organisation_id
                    where i.email = :email order by i.created_at"""),
            new Query("accessRequests", """
                    select o.legal_name as organisation, r.created_at, r.accepted_at, r.declined_at
                    from organisation_access_request r join organisation o on o.id = r.organisation_id
                    where r.user_id = :user order by r.created_at"""),
            new Query("organisationTrail", """
                    select o.legal_name as organisation, a.at, a.actor, a.action, a.subject
                    from organisation_audit a join organisation o on o.id = a.organisation_id
                    where a.actor = :email or a.subject = :email order by a.id"""));

    private final JdbcClient jdbc;

    StaffData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "staff";
    }

    @Override
    public List<Query> queries() {
        return QUERIES;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        jdbc.sql("update organisation_invitation set email = :pseudonym where email = :email")
                .param("pseudonym", deleted.pseudonym()).param("email", deleted.formerEmail()).update();
    }
}
