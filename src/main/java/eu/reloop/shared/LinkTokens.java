package eu.reloop.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a single-use link: 256 random bits, URL-safe, and the SHA-256 hash that is all a database
 * keeps of it, so that a copy of the database opens nothing.
 */
public final class LinkTokens {

    /** Longer than any token made here; a longer one is refused before it is hashed. */
    public static final int MAX_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private LinkTokens() {
    }

    public static String newToken() {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The hash to store and look up; an over-long token gets one that matches nothing. */
    public static byte[] hash(String token) {
        if (token.length() > MAX_LENGTH) {
            return new byte[0];
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
