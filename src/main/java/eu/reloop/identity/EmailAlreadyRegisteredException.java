package eu.reloop.identity;

/** Sign-up with an e-mail address that already has an account. */
public class EmailAlreadyRegisteredException extends RuntimeException {

    public EmailAlreadyRegisteredException(String email) {
        super("An account with e-mail " + email + " already exists");
    }
}
