package eu.reloop.stamp;

import java.security.PublicKey;

/**
 * Holds the registry's private Ed25519 keys, outside the database, and signs with them. The database keeps only
 * the public keys ({@link StampSigningKeys}). {@link KeyFileSigner} keeps each key in a file; a key vault or HSM
 * replaces it by another implementation of this interface (the bean in {@link StampConfiguration}).
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
}
