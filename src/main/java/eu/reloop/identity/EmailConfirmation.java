package eu.reloop.identity;

/** What opening a confirmation link did: confirmed an address, or moved the account to a new one. */
public record EmailConfirmation(String previousEmail, String email) {

    public boolean changedAddress() {
        return !previousEmail.equals(email);
    }
}
