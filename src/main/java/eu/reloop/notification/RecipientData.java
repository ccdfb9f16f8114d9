package eu.reloop.notification;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.PersonalData;

import tools.jackson.databind.json.JsonMapper;

/**
 * The e-mails ReLoop wrote to a person, for "Your data"; when they delete their account, the mail log keeps
 * that a message went out, and when, but not to whom nor what it said (bodies greet by name and carry links).
 */
@Component
class RecipientData implements PersonalData {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecipientData(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String part() {
        return "mail";
    }

    @Override
    public Object about(UUID userId, String email) {
        return json.readTree(jdbc.sql("""
                        select coalesce(json_agg(row_to_json(m)), '[]')::text from (
                            select recipient, subject, body, status, created_at, sent_at from outbound_mail
                            where lower(recipient) = :email order by created_at) m""")
                .param("email", email).query(String.class).single());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        jdbc.sql("update outbound_mail set recipient = :pseudonym, body = '' where lower(recipient) = :email")
                .param("pseudonym", deleted.pseudonym()).param("email", deleted.formerEmail()).update();
    }
}
