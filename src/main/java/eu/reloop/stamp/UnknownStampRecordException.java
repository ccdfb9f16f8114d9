package eu.reloop.stamp;

/** No stamp application, photo or stamp by that id or code (or not one of the organisation named). */
public class UnknownStampRecordException extends RuntimeException {

    public UnknownStampRecordException(String what) {
        super("Unknown " + what);
    }
}
