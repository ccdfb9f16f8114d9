package eu.reloop.directory;

/** A directory entry breaks a rule that needs more than its own fields to check; names the field and a message key. */
public class InvalidDirectoryEntryException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidDirectoryEntryException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
