package eu.reloop.repair;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.AccountEmailChanged;
import eu.reloop.identity.PersonalData;

/**
 * What the repair module keeps about a consumer, known by the e-mail address they sign in with: their
 * requests, the messages on them and their complaints, for "Your data". A new address takes the requests
 * along; when the account is deleted, the requests stay for the repairers' records and the open data under
 * its pseudonym, without the address a pickup was to come to, and their messages lose their author (as do a deleted staff member's).
 */
@Component
class ConsumerRepairData implements PersonalData {

    private static final List<Query> QUERIES = List.of(
            new Query("requests", """
                    select r.category, r.brand, r.model, r.purchase_year, r.fault, r.hand_over, r.address, r.asked_at,
                           r.status, r.hand_over_at, r.outcome, r.barrier, r.parts, r.warranty_months, r.repaired_on
                    from repair_request r where r.consumer_email = :email order by r.asked_at"""),
            new Query("messages", """
                    select r.brand, r.model, m.from_repairer, m.text, m.sent_at
                    from repair_message m join repair_request r on r.id = m.request_id
                    where r.consumer_email = :email order by m.sent_at"""),
            new Query("complaints", """
                    select r.brand, r.model, c.text, c.filed_at, c.answer_due, c.answer, c.answered_at
                    from repair_complaint c join repair_request r on r.id = c.request_id
                    where r.consumer_email = :email order by c.filed_at"""));

    private final JdbcClient jdbc;

    ConsumerRepairData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "repairs";
    }

    @Override
    public List<Query> queries() {
        return QUERIES;
    }

    @EventListener
    void on(AccountEmailChanged change) {
        moveConsumer(change.previousEmail(), change.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        jdbc.sql("update repair_request set address = null where consumer_email = :email")
                .param("email", deleted.formerEmail()).update();
        moveConsumer(deleted.formerEmail(), deleted.pseudonym());
    }

    private void moveConsumer(String from, String to) {
        jdbc.sql("update repair_request set consumer_email = :to where consumer_email = :from")
                .param("to", to).param("from", from).update();
        jdbc.sql("update repair_message set author_email = :to where author_email = :from")
                .param("to", to).param("from", from).update();
    }
}
