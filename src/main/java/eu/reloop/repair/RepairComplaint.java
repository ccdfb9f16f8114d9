package eu.reloop.repair;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A consumer's complaint about a repair and the repairer's written answer, due 8 days after it was filed;
 * {@code overdue} is true while it is unanswered past that, as of the moment it was read.
 */
public record RepairComplaint(UUID id, UUID requestId, UUID organisationId, String organisationName, String brand,
        String model, String text, Instant filedAt, Instant answerDue, @Nullable String answer,
        @Nullable Instant answeredAt, boolean overdue) {
}
