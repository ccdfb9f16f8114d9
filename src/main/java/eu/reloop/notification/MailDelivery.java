package eu.reloop.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands recorded e-mail to the SMTP server after the transaction that wrote it commits. Without
 * {@code spring.mail.host} there is no sender and the mail stays recorded, for admins to read.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final NotificationRepository repository;
    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;
    private final Clock clock;

    MailDelivery(NotificationRepository repository, ObjectProvider<JavaMailSender> sender,
            NotificationProperties properties, Clock clock) {
        this.repository = repository;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailRecorded recorded) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return;
        }
        for (OutboundMail mail : repository.mail(recorded.mailIds())) {
            if (!repository.claimForSending(mail.id(), clock.instant())) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            try {
                mailSender.send(message);
            } catch (MailException e) {
                // Recorded as failed for admins to see; the notice itself is in the application.
                log.warn("Could not send mail to {}: {}", mail.recipient(), e.getMessage());
                repository.markMail(mail.id(), MailStatus.FAILED, e.getMessage(), null);
            }
        }
    }
}
