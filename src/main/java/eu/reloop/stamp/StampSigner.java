package eu.reloop.stamp;

import java.security.PublicKey;

/**
 * Holds the registry's private Ed25519 keys, outside the database, and signs with them. The database keeps only
 * the public keys ({@link StampSigningKeys}), and believes none of them unless the signer vouches for it: a key
 * written into the database by someone with database rights alone is neither published nor trusted.
 * {@link KeyFileSigner} keeps each key in a file; a key vault or HSM replaces it by another implementation of
 * this interface (the bean in {@link StampConfiguration}).
 */
interface StampSigner {

    /** Makes a new key pair and keeps its private key under its id ({@link StampSigningKeys#keyId}); returns its public key. */
    PublicKey createKey();

    /**
     * Signs with the private key of {@code keyId}.
     *
     * @throws IllegalStateException when this signer does not hold that key, saying where it looked
     */
    byte[] sign(String keyId, byte[] message);

    /** Whether {@code publicKey} is the key {@code keyId} this signer made, or was given to vouch for ({@link #pin}). */
    boolean vouchesFor(String keyId, PublicKey publicKey);

    /** Vouches from now on for a key whose private key it does not hold: one made before the private keys left the database. */
    void pin(String keyId, PublicKey publicKey);
}
