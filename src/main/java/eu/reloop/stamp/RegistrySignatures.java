package eu.reloop.stamp;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's signature for other modules' documents (a hand-in's erasure certificate): the same keys, the same
 * canonical JSON and the same published keys as a stamp's, so one offline verifier checks them all. The private
 * keys stay with this module.
 */
@Component
public class RegistrySignatures {

    private final StampSigningKeys keys;

    RegistrySignatures(StampSigningKeys keys) {
        this.keys = keys;
    }

    /** A statement as signed: its canonical JSON, and the signature over that text's UTF-8 bytes. */
    public record SignedStatement(String canonical, String keyId, byte[] signature) {
    }

    /**
     * Signs the fields as canonical JSON, in the map's order.
     *
     * @param fields whole numbers, strings or lists of strings
     */
    @Transactional
    public SignedStatement sign(Map<String, ?> fields) {
        String canonical = CanonicalJson.object(fields);
        StampSigningKeys.Signed signed = keys.sign(canonical.getBytes(StandardCharsets.UTF_8));
        return new SignedStatement(canonical, signed.keyId(), signed.signature());
    }

    /** Whether the statement is signed by the published key it names, as stored. */
    @Transactional(readOnly = true)
    public boolean verify(SignedStatement statement) {
        return keys.verify(statement.keyId(), statement.canonical().getBytes(StandardCharsets.UTF_8), statement.signature());
    }
}
