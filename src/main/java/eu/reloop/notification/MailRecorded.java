package eu.reloop.notification;

import java.util.List;
import java.util.UUID;

/** E-mails were recorded and wait to be sent once their transaction has committed. */
public record MailRecorded(List<UUID> mailIds) {
}
