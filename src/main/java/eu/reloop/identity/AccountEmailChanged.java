package eu.reloop.identity;

/**
 * An account moved to a new address it confirmed. Records that name a person by address (a buyer's orders and
 * warranties) follow it in the same transaction, so that nothing is left under an address nobody signs in with.
 */
public record AccountEmailChanged(String previousEmail, String email) {
}
