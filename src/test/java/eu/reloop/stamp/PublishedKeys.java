package eu.reloop.stamp;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** What an app holding only the published key set does: rebuild a key from its raw bytes, and check a signature. */
final class PublishedKeys {

    /** What precedes the 32 raw key bytes in every X.509-encoded Ed25519 public key. */
    private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private PublishedKeys() {
    }

    static boolean verify(List<StampSigningKeys.PublishedKey> published, String keyId, byte[] message, byte[] signature)
            throws GeneralSecurityException {
        StampSigningKeys.PublishedKey key = published.stream().filter(candidate -> candidate.kid().equals(keyId))
                .findFirst().orElseThrow();
        byte[] raw = Base64.getUrlDecoder().decode(key.x());
        byte[] x509 = new byte[ED25519_X509_PREFIX.length + raw.length];
        System.arraycopy(ED25519_X509_PREFIX, 0, x509, 0, ED25519_X509_PREFIX.length);
        System.arraycopy(raw, 0, x509, ED25519_X509_PREFIX.length, raw.length);
        PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        return StampSigningKeys.verify(publicKey, message, signature);
    }
}
