package eu.reloop.shared;

/**
 * One length limit per kind of text, for every module: input records declare them with {@code @Size}, and
 * views read the same constants for {@code setMaxLength}, so a form never allows what the service refuses.
 * Chosen once: see {@code docs/decisions/text-limits.md}.
 */
public final class TextLimits {

    /** A short label on one line: a brand, a model, a serial number, a tool, a test's name, a town. */
    public static final int LABEL = 100;
    /** The name of a person, an organisation, a site or a part; a listing's title. */
    public static final int NAME = 200;
    /** A postal address written as one text. */
    public static final int ADDRESS = 500;
    /** Why someone asks for or decides something: a return, a claim, a cancellation, a suspension. */
    public static final int REASON = 2000;
    /** A longer text: a review note, an answer, an explanation, a description. */
    public static final int NOTE = 4000;
    /** An e-mail address (RFC 5321's limit for a path). */
    public static final int EMAIL = 254;
    /** A web address. */
    public static final int URL = 500;

    private TextLimits() {
    }
}
