package eu.reloop.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notice to an organisation's staff: a translation key with its arguments, and where to look. */
public record Notification(UUID id, UUID organisationId, String messageKey, List<String> arguments,
        @Nullable String link, Instant createdAt) {
}
