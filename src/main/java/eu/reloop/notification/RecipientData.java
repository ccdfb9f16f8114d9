package eu.reloop.notification;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.PersonalData;

/**
 * The e-mails ReLoop wrote to a person, for "Your data"; when they delete their account, the mail log keeps
 * that a message went out, and when, but not to whom nor what it said (bodies greet by name and carry links).
 */
@Component
class RecipientData implements PersonalData {

    private static final List<Query> QUERIES = List.of(new Query("messages", """
            select recipient, subject, body, status, created_at, sent_at from outbound_mail
            where lower(recipient) = :email order by created_at"""));

    private final JdbcClient jdbc;

    RecipientData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "mail";
    }

    @Override
    public List<Query> queries() {
        return QUERIES;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        jdbc.sql("update outbound_mail set recipient = :pseudonym, body = '' where lower(recipient) = :email")
                .param("pseudonym", deleted.pseudonym()).param("email", deleted.formerEmail()).update();
    }
}
