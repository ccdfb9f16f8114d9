package eu.reloop.stamp;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's Ed25519 keys (the JDK's own implementation). One key signs at a time; rotation makes a
 * new one and retires the old, which stays published so that what it signed still verifies. The database
 * keeps the public keys; the private keys are the {@link StampSigner}'s, outside it, and a key in the database
 * counts (is published, verifies anything) only when the signer vouches for it.
 */
@Service
public class StampSigningKeys {

    static final String ALGORITHM = "Ed25519";
    /** An X.509 Ed25519 public key is this fixed header followed by the 32 raw key bytes. */
    private static final int RAW_KEY_LENGTH = 32;

    private final JdbcClient jdbc;
    private final StampSigner signer;
    private final Clock clock;
    /** Keys the signer vouched for: a key never changes, so once is enough. */
    private final Map<String, PublicKey> genuine = new ConcurrentHashMap<>();

    StampSigningKeys(JdbcClient jdbc, StampSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.clock = clock;
    }

    /** A signature and the id of the key that made it. */
    public record Signed(String keyId, byte[] signature) {
    }

    /** A published key, in the shape of a JSON Web Key (RFC 8037): {@code x} is the raw key, base64url. */
    public record PublishedKey(String kid, String kty, String crv, String alg, String x, String status) {
    }

    /**
     * Signs with the active key; only this module signs. With no active key (a new registry, or one whose keys
     * were all retired when the database gave up the private keys) it makes one. An active key whose private key
     * the signer does not hold is refused, never replaced behind the admins' backs.
     */
    @Transactional
    Signed sign(byte[] message) {
        lockKeys();
        ActiveKey key = activeKey().orElseGet(this::createKey);
        byte[] signature = signer.sign(key.keyId(), message);
        // A key file swapped for another key's would sign what the published key does not verify.
        if (!verify(key.publicKey(), message, signature)) {
            throw new IllegalStateException("The private key held for stamp key " + key.keyId()
                    + " is not the one its published public key belongs to");
        }
        return new Signed(key.keyId(), signature);
    }

    /** The id of the key that signs now, if the registry has one yet. */
    @Transactional(readOnly = true)
    public Optional<String> activeKeyId() {
        return jdbc.sql("select key_id from stamp_signing_key where retired_at is null").query(String.class).optional();
    }

    /** Whether {@code signature} over {@code message} was made by the published key {@code keyId}. */
    @Transactional(readOnly = true)
    public boolean verify(String keyId, byte[] message, byte[] signature) {
        return publicKey(keyId).filter(key -> genuine(keyId, key)).map(key -> verify(key, message, signature)).orElse(false);
    }

    /** Every key ever used, newest first: what {@code /.well-known/reloop-stamp-keys.json} serves. */
    @Transactional(readOnly = true)
    public List<PublishedKey> published() {
        return jdbc.sql("select key_id, public_key, retired_at from stamp_signing_key order by created_at desc")
                .query((rs, row) -> new StoredKey(rs.getString("key_id"), rs.getBytes("public_key"),
                        rs.getTimestamp("retired_at") == null))
                .stream()
                .filter(key -> genuine(key.keyId(), decodePublic(key.x509())))
                .map(key -> new PublishedKey(key.keyId(), "OKP", ALGORITHM, "EdDSA",
                        Base64.getUrlEncoder().withoutPadding().encodeToString(raw(key.x509())), key.active() ? "active" : "retired"))
                .toList();
    }

    /** Retires the signing key and makes a new one; returns the new key's id. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String rotate() {
        lockKeys();
        jdbc.sql("update stamp_signing_key set retired_at = :now where retired_at is null")
                .param("now", Timestamp.from(clock.instant())).update();
        return createKey().keyId();
    }

    /** Serialises key changes: two first signatures at once must not both create "the" key, nor a rotation cross them. */
    private void lockKeys() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('stamp_signing_key'))").query(Object.class).optional();
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException invalid) {
            return false;
        }
    }

    /** Whether the signer vouches for the key as the database describes it; a key written in behind ReLoop's back it does not. */
    private boolean genuine(String keyId, PublicKey key) {
        PublicKey vouchedFor = genuine.get(keyId);
        if (vouchedFor != null) {
            return vouchedFor.equals(key);
        }
        if (!signer.vouchesFor(keyId, key)) {
            return false;
        }
        genuine.put(keyId, key);
        return true;
    }

    private Optional<PublicKey> publicKey(String keyId) {
        return jdbc.sql("select public_key from stamp_signing_key where key_id = :id").param("id", keyId)
                .query(byte[].class).optional().map(StampSigningKeys::decodePublic);
    }

    private Optional<ActiveKey> activeKey() {
        return jdbc.sql("select key_id, public_key from stamp_signing_key where retired_at is null")
                .query((rs, row) -> new ActiveKey(rs.getString("key_id"), decodePublic(rs.getBytes("public_key"))))
                .optional();
    }

    private ActiveKey createKey() {
        PublicKey publicKey = signer.createKey();
        String keyId = keyId(publicKey);
        jdbc.sql("insert into stamp_signing_key (key_id, public_key, created_at) values (:id, :public, :now)")
                .param("id", keyId).param("public", publicKey.getEncoded()).param("now", Timestamp.from(clock.instant()))
                .update();
        return new ActiveKey(keyId, publicKey);
    }

    /** The id names the key itself (the start of its SHA-256), so that nobody can pass one key off under another's id. */
    static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(MerkleTree.sha256(key.getEncoded()), 0, 8);
    }

    static PublicKey decodePublic(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored stamp key is not an Ed25519 public key", e);
        }
    }

    private static byte[] raw(byte[] x509) {
        return Arrays.copyOfRange(x509, x509.length - RAW_KEY_LENGTH, x509.length);
    }

    private record ActiveKey(String keyId, PublicKey publicKey) {
    }

    private record StoredKey(String keyId, byte[] x509, boolean active) {
    }
}
