package eu.reloop.certification;

/**
 * A certification step that the rules do not allow now (an incomplete submission, a decision on an
 * application that is not waiting, a file that is not a PDF or image...). Names the field it concerns,
 * if any, and a message key.
 */
public class CertificationRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CertificationRefusedException(String field, String messageKey) {
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
