package eu.reloop.handin;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.identity.AccountDeleted;
import eu.reloop.identity.AccountEmailChanged;
import eu.reloop.identity.PersonalData;

/**
 * Hand-ins follow their owner's account: to a new address, and when it is deleted they stay (the site's records and
 * the certificates need them) without the person.
 */
@Component
class OwnerData implements PersonalData {

    private static final List<Query> QUERIES = List.of(
            new Query("hand-ins", """
                    select h.code, h.site_name as site, h.slot_start, h.status, h.owner_name, h.owner_language, h.booked_at,
                           h.received_at, h.cancelled_at
                    from handin h where h.owner_email = :email order by h.booked_at"""),
            new Query("hand-in devices", """
                    select h.code as hand_in, d.position, d.category_code, d.brand, d.model, d.serial, d.holds_data,
                           d.certificate_code, d.erased_at, d.outcome, d.outcome_at, d.stamp_application_id,
                           d.receiver_organisation_id, d.handover_confirmed_at, d.recycler, d.weight_grams, d.metals_grams,
                           d.plastics_grams, d.glass_grams, d.other_grams, d.second_life_at
                    from handin_device d join handin h on h.id = d.handin_id
                    where h.owner_email = :email order by h.booked_at, d.position"""));

    private final HandInRepository repository;

    OwnerData(HandInRepository repository) {
        this.repository = repository;
    }

    @Override
    public String part() {
        return "handin";
    }

    @Override
    public List<Query> queries() {
        return QUERIES;
    }

    @EventListener
    void on(AccountEmailChanged change) {
        repository.moveOwner(change.previousEmail(), change.email());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        repository.forgetOwner(deleted.formerEmail());
    }
}
