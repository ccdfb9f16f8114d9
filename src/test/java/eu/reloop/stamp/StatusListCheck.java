package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What a verifier holding only the key set does with a status list, as docs/stamp-status-list.md tells it to. */
final class StatusListCheck {

    private static final String SIGNATURE_MEMBER = ",\"signature\":\"";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatusListCheck() {
    }

    /**
     * Whether the list's signature verifies with its key from the key set. The signed bytes are the document without
     * its signature member, and must be its other members written again as compact JSON in their order.
     */
    static boolean verifies(String document, String keySet) throws GeneralSecurityException {
        int cut = document.lastIndexOf(SIGNATURE_MEMBER);
        String signed = document.substring(0, cut) + "}";
        ObjectNode members = (ObjectNode) JSON.readTree(document);
        members.remove("signature");
        assertThat(JSON.writeValueAsString(members)).isEqualTo(signed);

        String keyId = members.get("keyId").asString();
        JsonNode key = StreamSupport.stream(JSON.readTree(keySet).get("keys").spliterator(), false)
                .filter(published -> published.get("kid").asString().equals(keyId)).findFirst().orElseThrow();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(rfc8032Key(key.get("x").asString())));
        verifier.update(signed.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getUrlDecoder().decode(document.substring(cut + SIGNATURE_MEMBER.length(),
                document.length() - 2)));
    }

    /** The JWK's 32 bytes are y, little-endian, with the lowest bit of x in the top bit of the last byte (RFC 8032). */
    private static EdECPublicKeySpec rfc8032Key(String x) {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        boolean xOdd = (raw[raw.length - 1] & 0x80) != 0;
        byte[] y = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            y[i] = raw[raw.length - 1 - i];
        }
        y[0] &= 0x7f;
        return new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, y)));
    }
}
