package eu.reloop.handin;

import java.util.UUID;

/** The paths of the hand-in pages, for views and e-mails. */
public final class HandInLinks {

    public static final String BOOK_ROUTE = "hand-in";
    public static final String MINE_ROUTE = "my-hand-ins";
    public static final String RECEIPT_ROUTE = "my-hand-ins/:handInId";
    public static final String DESK_ROUTE = "hand-in-desk";
    public static final String FLAGS_ROUTE = "review/hand-ins";
    /** The public check of an erasure certificate, empty or for one code. */
    public static final String CERTIFICATE_ROUTE = "erasures/:code?";

    private HandInLinks() {
    }

    public static String book() {
        return "/" + BOOK_ROUTE;
    }

    public static String mine() {
        return "/" + MINE_ROUTE;
    }

    public static String receipt(UUID handInId) {
        return "/" + MINE_ROUTE + "/" + handInId;
    }

    public static String desk() {
        return "/" + DESK_ROUTE;
    }

    public static String certificateCheck() {
        return "/erasures";
    }

    public static String certificate(CertificateCode code) {
        return certificateCheck() + "/" + code.value();
    }
}
