package eu.reloop.stamp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The stamp pages' routes, in one place: the views' {@code @Route}s use the templates, and whoever links to
 * a page (notices, the QR code and label, other modules' views) uses the methods, so a renamed route
 * cannot leave a link behind.
 */
public final class StampLinks {

    /** The public stamp check, empty or for one code: {@code /verify} and {@code /verify/7K3M9QXDQ}. */
    public static final String VERIFY_ROUTE = "verify/:code?";
    /** A centre's stamp applications, and where it starts one. */
    public static final String MY_STAMPS_ROUTE = "stamps";
    public static final String APPLICATION_ROUTE = "stamps/:organisationId/:applicationId";
    /** The certifiers' queue, and one application in it. */
    public static final String REVIEW_QUEUE_ROUTE = "review/stamps";
    public static final String REVIEW_ROUTE = "review/stamps/:applicationId";
    public static final String KEYS_ROUTE = "admin/stamp-keys";
    public static final String LOST_ITEMS_ROUTE = "admin/lost-items";

    private static final String VERIFY = "/verify";
    /** The folder of static files the offline verifier is: docs/decisions/offline-verifier-outside-vaadin.md. */
    static final String OFFLINE_VERIFIER = "/offline-verify";

    private StampLinks() {
    }

    /** A centre's stamp applications, where staff start one for an item they want to list. */
    public static String myStamps() {
        return "/" + MY_STAMPS_ROUTE;
    }

    /** The public check, where anyone types a code. */
    public static String verify() {
        return VERIFY;
    }

    /** The verifier that checks QR codes with no connection, once opened. */
    public static String offlineVerifier() {
        return OFFLINE_VERIFIER + "/";
    }

    /** The public page of one stamp. */
    public static String verify(StampCode code) {
        return VERIFY + "/" + code.value();
    }

    /** The photo a stamp shows, from the public API (its hash is in the signed statement). */
    public static String photo(StampCode code) {
        return "/api/v1/stamps/" + code.value() + "/photo";
    }

    /** The public page of a stamp code held as text, as typed or stored (the page explains a code that is not one). */
    public static String verify(String code) {
        return StampCode.parse(code).map(StampLinks::verify)
                .orElseGet(() -> VERIFY + "/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
