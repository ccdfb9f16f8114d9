package eu.reloop.directory;

import java.time.Instant;
import java.util.UUID;

/** Someone who found their organisation already registered and asks its owners to let them in. */
public record AccessRequest(UUID id, String displayName, String email, Instant requestedAt) {
}
