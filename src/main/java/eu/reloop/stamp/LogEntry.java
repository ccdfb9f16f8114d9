package eu.reloop.stamp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the stamp log, as its hashed text tells it. {@code payload} is the canonical JSON that names the
 * sequence, code, event, time and details; the registry signs it, and the Merkle tree's leaf is the payload with
 * that signature ({@link #leafInput()}), so that neither can change without the hashes changing.
 *
 * @param keyId null, with {@code signature}, only for an entry written before entries were signed
 */
public record LogEntry(long sequence, String stampCode, StampEvent event, Instant recordedAt, Map<String, String> details,
        String payload, @Nullable String keyId, byte @Nullable [] signature, byte[] previousHash, byte[] entryHash,
        byte[] leafHash) {

    /** The exact bytes of the tree's leaf, as {@code docs/stamp-log.md} specifies them. */
    public byte[] leafInput() {
        return leafInput(payload, keyId, signature);
    }

    /** The payload; for a signed entry followed by a newline, the key id, a newline and the signature in base64. */
    static byte[] leafInput(String payload, @Nullable String keyId, byte @Nullable [] signature) {
        ByteArrayOutputStream leaf = new ByteArrayOutputStream();
        leaf.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
        if (keyId != null && signature != null) {
            leaf.writeBytes(("\n" + keyId + "\n" + Base64.getEncoder().encodeToString(signature))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return leaf.toByteArray();
    }
}
