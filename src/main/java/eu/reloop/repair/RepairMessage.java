package eu.reloop.repair;

import java.time.Instant;
import java.util.UUID;

/** A message on a request, from the consumer or from the repairer's staff. */
public record RepairMessage(UUID id, boolean fromRepairer, String authorEmail, String text, Instant sentAt) {
}
