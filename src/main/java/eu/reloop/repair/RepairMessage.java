package eu.reloop.repair;

import java.time.Instant;
import java.util.UUID;

/** A message on a request, from the consumer or from the repairer's staff (who wrote it is kept, not shown). */
public record RepairMessage(UUID id, boolean fromRepairer, String text, Instant sentAt) {
}
