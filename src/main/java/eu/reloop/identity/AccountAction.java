package eu.reloop.identity;

/** What happened to an account, as its trail records it. */
public enum AccountAction {
    CREATED, DISABLED, ENABLED, ROLE_GRANTED, ROLE_REVOKED, DELETED
}
