package eu.reloop.stamp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The registry's signed statement of the whole log at one moment: its size and Merkle root. Whoever
 * keeps two heads can ask for a consistency proof and so catch a log that was rewritten between them.
 *
 * @param rootHash the Merkle tree hash, hex
 * @param signature Ed25519 over {@link #signedText()}, base64
 */
public record SignedTreeHead(long treeSize, Instant timestamp, String rootHash, String keyId, String signature) {

    /** The exact text that is signed, one field per line, so that any client can rebuild it. */
    public String signedText() {
        return signedText(treeSize, timestamp, rootHash);
    }

    static String signedText(long treeSize, Instant timestamp, String rootHash) {
        return "reloop-stamp-log-v1\n" + treeSize + "\n" + timestamp.toEpochMilli() + "\n" + rootHash + "\n";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
