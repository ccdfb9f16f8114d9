package eu.reloop.market;

/** No listing, order, return or claim by that id (or not one the caller may see). */
public class UnknownMarketRecordException extends RuntimeException {

    public UnknownMarketRecordException(String what) {
        super("Unknown " + what);
    }
}
