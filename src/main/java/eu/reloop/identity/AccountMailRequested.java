package eu.reloop.identity;

import java.util.List;

/**
 * Identity needs an e-mail sent to one address (a link to confirm it, to set a password, a notice about the
 * account). Published inside the transaction that decided it, so that the mail is recorded exactly when that
 * transaction commits; identity cannot call the mail module itself, which depends on identity.
 *
 * @param messageKey a translation key whose text takes {@code arguments} as {0}, {1}, ...
 * @param link an application path such as {@code /account/confirm/TOKEN}
 */
public record AccountMailRequested(String email, String messageKey, List<String> arguments, String link) {
}
