package eu.reloop.repair;

import java.util.UUID;

/**
 * The repair pages: each route template once, for the views' {@code @Route}, and a method per page for whoever
 * links to one (e-mails, notices, other pages). The directory's profile and the repairer search link to
 * {@link #ASK} by its literal path, as they come before this module (see
 * {@code docs/decisions/links-against-the-module-order.md}).
 */
public final class RepairLinks {

    public static final String REQUEST_ID = "requestId";
    public static final String ORGANISATION_ID = "organisationId";
    /** Query parameters of the ask page: the repairers to ask (repeated), and the category asked about. */
    public static final String REPAIRER_PARAMETER = "repairer";

    public static final String ASK = "repairs/ask";
    public static final String MY_REQUESTS = "repairs";
    public static final String REQUEST = "repairs/:" + REQUEST_ID;
    public static final String INBOX = "repair-inbox";
    /** For certifiers, beside the other review pages. */
    public static final String OVERDUE_COMPLAINTS = "review/repair-complaints";
    public static final String ANSWER = "repair-inbox/:" + ORGANISATION_ID + "/:" + REQUEST_ID;

    private RepairLinks() {
    }

    public static String myRequests() {
        return "/" + MY_REQUESTS;
    }

    public static String request(UUID requestId) {
        return "/" + REQUEST.replace(":" + REQUEST_ID, requestId.toString());
    }

    public static String answer(UUID organisationId, UUID requestId) {
        return "/" + ANSWER.replace(":" + ORGANISATION_ID, organisationId.toString())
                .replace(":" + REQUEST_ID, requestId.toString());
    }
}
