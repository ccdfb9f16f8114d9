package eu.reloop.certification;

import java.util.List;

/**
 * A certification step that the rules do not allow now (an incomplete submission, a decision on an
 * application that is not waiting, a file that is not a PDF or image...). Names the field it concerns,
 * if any, and a message key.
 */
public class CertificationRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<String> arguments;

    public CertificationRefusedException(String field, String messageKey, String... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message names, such as the size limit a file went over. */
    public List<String> arguments() {
        return arguments;
    }
}
