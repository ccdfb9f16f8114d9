package eu.reloop.shared;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Record ids as they arrive in URLs and from other systems, where anything may stand instead of one. */
public final class Ids {

    private Ids() {
    }

    /** The id written there, or nothing for a missing or malformed one. */
    public static Optional<UUID> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
