package eu.reloop.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.reloop.identity.AccountMailRequested;

/** Sends identity's mail (links to confirm an address or set a password, notices about an account) the usual way. */
@Component
class AccountMail {

    private final Notifications notifications;

    AccountMail(Notifications notifications) {
        this.notifications = notifications;
    }

    /** In the publishing transaction: the mail is recorded exactly when the token it carries is. */
    @EventListener
    void on(AccountMailRequested request) {
        notifications.notifyPerson(request.email(), request.messageKey(), request.arguments(), request.link());
    }
}
