package eu.reloop.stamp;

import java.util.UUID;

/** Published when a certifier revokes a stamp: whatever sells the item must stop at once. */
public record StampRevoked(String code, UUID organisationId) {
}
