package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/stamp-log.md} must let anyone verify the registry without its source: its worked example is
 * recomputed here twice, by the rules the document states and by the application's own code, and both must
 * give the document's values.
 */
class StampLogDocumentTests {

    private static final Path DOCUMENT = Path.of("docs/stamp-log.md");
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theWorkedExampleIsWhatTheRulesAndTheCodeGive() throws Exception {
        Map<String, String> example = workedExample();
        byte[] secret = HEX.parseHex(example.get("secret key"));
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, secret));
        byte[] x509 = HEX.parseHex("302a300506032b6570032100" + example.get("public key"));
        PublicKey publicKey = StampSigningKeys.decodePublic(x509);

        // By the document's rules.
        assertThat(example.get("key id")).isEqualTo(HEX.formatHex(sha256(x509), 0, 8));
        String text = example.get("text");
        byte[] signature = Base64.getDecoder().decode(example.get("signature"));
        assertThat(signature).isEqualTo(sign(privateKey, text.getBytes(StandardCharsets.UTF_8)));
        byte[] leafInput = (text + "\n" + example.get("key id") + "\n" + example.get("signature")).getBytes(StandardCharsets.UTF_8);
        assertThat(example.get("leaf hash")).isEqualTo(HEX.formatHex(sha256(concat(new byte[] {0}, leafInput))));
        String headText = example.get("head text").replace('|', '\n');
        assertThat(headText).isEqualTo("reloop-stamp-log-v1\n1\n" + Instant.parse("2026-12-05T10:15:30.250Z").toEpochMilli()
                + "\n" + example.get("leaf hash") + "\n");
        byte[] headSignature = Base64.getDecoder().decode(example.get("head signature"));
        assertThat(StampSigningKeys.verify(publicKey, headText.getBytes(StandardCharsets.UTF_8), headSignature)).isTrue();

        // By the application's code.
        Map<String, String> details = new LinkedHashMap<>();
        details.put("note", "Says \"as new\"\nbut isn't");
        details.put("grade", "GOOD");
        details.put("category", "phones");
        Instant at = Instant.parse("2026-12-05T10:15:30.250Z");
        assertThat(StampLog.payload(0, "7K3M9QXDQ", StampEvent.ISSUED, at, details)).isEqualTo(text);
        assertThat(LogEntry.leafInput(text, example.get("key id"), signature)).isEqualTo(leafInput);
        byte[] root = MerkleTree.root(List.of(MerkleTree.leafHash(leafInput)));
        assertThat(SignedTreeHead.signedText(1, at, HEX.formatHex(root))).isEqualTo(headText);
        assertThat(StampSigningKeys.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature)).isTrue();
    }

    /** The {@code name: value} lines of the fenced block under "Worked example". */
    private static Map<String, String> workedExample() throws Exception {
        String document = Files.readString(DOCUMENT);
        String section = document.substring(document.indexOf("## Worked example"));
        String block = section.substring(section.indexOf("```\n") + 4, section.indexOf("\n```", section.indexOf("```\n") + 4));
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : block.lines().toList()) {
            int colon = line.indexOf(':');
            values.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return values;
    }

    private static byte[] sign(PrivateKey key, byte[] message) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(message);
        return signer.sign();
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
