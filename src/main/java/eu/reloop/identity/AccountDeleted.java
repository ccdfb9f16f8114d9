package eu.reloop.identity;

import java.util.UUID;

/**
 * A person deleted their account. Published in the deleting transaction: modules that keep records under the
 * former address (orders, mail) replace it with {@link #pseudonym()} and erase what identifies the person.
 */
public record AccountDeleted(UUID userId, String formerEmail) {

    /** What the account's address became: unique, and no address anyone can receive mail at. */
    public String pseudonym() {
        return pseudonym(userId);
    }

    static String pseudonym(UUID userId) {
        return "deleted-" + userId + "@invalid";
    }
}
