package eu.reloop.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An e-mail the application wrote, and what became of it. */
public record OutboundMail(UUID id, String recipient, String subject, String body, MailStatus status,
        @Nullable String error, Instant createdAt, @Nullable Instant sentAt) {
}
