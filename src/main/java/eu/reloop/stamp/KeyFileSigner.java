package eu.reloop.stamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Keeps each private key in a PEM file of its own, {@code <key id>.pem} (PKCS#8, as {@code openssl genpkey
 * -algorithm ed25519} writes it), in one directory, and each pinned public key in {@code <key id>.pub} (X.509).
 * The directory is made readable only by the user ReLoop runs as (0700) and each file too (0600), where the file
 * system has POSIX permissions. Instances that share a database must share this directory.
 */
final class KeyFileSigner implements StampSigner {

    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String PUBLIC_KEY = "PUBLIC KEY";
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final byte[] PROBE = "Is this the key the registry published?".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;

    KeyFileSigner(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public PublicKey createKey() {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(StampSigningKeys.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
        write(file(StampSigningKeys.keyId(pair.getPublic()), ".pem"), PRIVATE_KEY, pair.getPrivate().getEncoded());
        return pair.getPublic();
    }

    @Override
    public byte[] sign(String keyId, byte[] message) {
        Path file = file(keyId, ".pem");
        byte[] pkcs8;
        try {
            pkcs8 = read(file, PRIVATE_KEY);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("""
                    The private key of stamp key %s is not in %s, so ReLoop signs nothing. Restore the file (every \
                    instance reads reloop.stamp.key-directory, which must be the same for all), or have an admin \
                    rotate the key under "Stamp keys": the new key signs from then on, and the old one stays \
                    published.""".formatted(keyId, file), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stamp key file " + file, e);
        }
        try {
            Signature signer = Signature.getInstance(StampSigningKeys.ALGORITHM);
            signer.initSign(KeyFactory.getInstance(StampSigningKeys.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " does not hold a PKCS#8 Ed25519 private key", e);
        }
    }

    @Override
    public boolean vouchesFor(String keyId, PublicKey publicKey) {
        try {
            if (Files.exists(file(keyId, ".pem"))) {
                return StampSigningKeys.verify(publicKey, PROBE, sign(keyId, PROBE));
            }
            Path pinned = file(keyId, ".pub");
            return Files.exists(pinned) && MessageDigest.isEqual(read(pinned, PUBLIC_KEY), publicKey.getEncoded());
        } catch (IOException | RuntimeException unreadable) {
            // A key that cannot be read, or an id that is none, is vouched for by nobody.
            return false;
        }
    }

    @Override
    public void pin(String keyId, PublicKey publicKey) {
        Path pinned = file(keyId, ".pub");
        if (!Files.exists(pinned)) {
            write(pinned, PUBLIC_KEY, publicKey.getEncoded());
        }
    }

    /** The file of a key; ids come from the database, and one that is not a key id must not name a file elsewhere. */
    Path file(String keyId, String extension) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("Not a stamp key id: " + keyId);
        }
        return directory.resolve(keyId + extension);
    }

    private void write(Path file, String label, byte[] key) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory.getParent());
                Files.createDirectory(directory, onlyForTheOwner("rwx------"));
            }
            Files.createFile(file, onlyForTheOwner("rw-------"));
            Files.writeString(file, "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(key) + "\n-----END " + label + "-----\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the stamp key file " + file
                    + ". Set reloop.stamp.key-directory to a folder ReLoop may write", e);
        }
    }

    private static byte[] read(Path file, String label) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        try {
            return Base64.getMimeDecoder().decode(pem.replace("-----BEGIN " + label + "-----", "")
                    .replace("-----END " + label + "-----", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold a " + label + " in PEM", e);
        }
    }

    /** The permissions, where the file system knows POSIX permissions (elsewhere, as on Windows, its own defaults). */
    private FileAttribute<?>[] onlyForTheOwner(String permissions) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
