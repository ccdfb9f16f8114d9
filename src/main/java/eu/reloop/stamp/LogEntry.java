package eu.reloop.stamp;

import java.time.Instant;

/**
 * One entry of the stamp log. {@code payload} is the canonical text that is hashed: it names the
 * sequence, code, event, time and details, so that no field can change without the hashes changing.
 */
public record LogEntry(long sequence, String stampCode, StampEvent event, String payload, Instant recordedAt,
        byte[] previousHash, byte[] entryHash, byte[] leafHash) {
}
