package eu.reloop.certification;

/** No application, evidence or certificate by that id or number (or not one of the organisation named). */
public class UnknownCertificationRecordException extends RuntimeException {

    public UnknownCertificationRecordException(String what) {
        super("Unknown " + what);
    }
}
