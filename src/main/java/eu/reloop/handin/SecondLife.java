package eu.reloop.handin;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.notification.Notifications;
import eu.reloop.stamp.StampedItemSold;

/**
 * When the item stamped from a refurbished hand-in device is sold, its former owner is told, in the sale's
 * transaction, that it got a second life; nothing about the buyer.
 */
@Component
class SecondLife {

    private final HandInRepository repository;
    private final Notifications notifications;
    private final Clock clock;

    SecondLife(HandInRepository repository, Notifications notifications, Clock clock) {
        this.repository = repository;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StampedItemSold sold) {
        repository.ofStampApplication(sold.applicationId()).ifPresent(handIn -> {
            HandInDevice device = handIn.devices().stream()
                    .filter(found -> found.outcome() != null && sold.applicationId().equals(found.outcome().stampApplicationId()))
                    .findFirst().orElseThrow();
            if (repository.markSecondLife(device.id(), clock.instant()) && handIn.ownerEmail() != null) {
                notifications.notifyPerson(handIn.ownerEmail(), handIn.ownerLocale(), "handin.mail.second-life",
                        List.of(device.brand() + " " + device.model(), handIn.code().display()), HandInLinks.mine());
            }
        });
    }
}
