package eu.reloop.repair;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One repairer's side of a request: the organisation asked, and its answer once there is one: a form, or the
 * reason it declined.
 */
public record RepairOffer(UUID id, UUID requestId, UUID organisationId, String organisationName, OfferStatus status,
        @Nullable String declineReason, @Nullable IssuedForm form, @Nullable Instant answeredAt) {
}
