package eu.reloop.certification;

import java.time.Instant;
import java.util.UUID;

/** A document attached to one checklist item; its content is fetched separately, by those allowed. */
public record EvidenceFile(UUID id, Criterion criterion, String fileName, String contentType, long sizeBytes,
        Instant uploadedAt) {
}
