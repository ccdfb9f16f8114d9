package eu.reloop.directory;

import java.util.UUID;

/**
 * The directory's pages: each route template once, for the views that declare them, and a method per page
 * for everything that links to one (e-mails, notices, other pages), so that a renamed route cannot leave a
 * link behind. Routes are relative to the application's root, as the router reads them; links are paths
 * from the site's root.
 */
public final class DirectoryLinks {

    /** The route parameter naming the organisation in both pages. */
    public static final String ORGANISATION_ID = "organisationId";
    /** An organisation's public profile. */
    public static final String PROFILE_ROUTE = "organisations/:" + ORGANISATION_ID;
    /** Where staff keep their organisation's details and sites up to date. */
    public static final String EDITOR_ROUTE = "my-organisation/:" + ORGANISATION_ID;

    /** The organisations the signed-in person works for. */
    public static final String MY_ORGANISATIONS_ROUTE = "my-organisations";
    /** Where a signed-in person registers an organisation and becomes its owner. */
    public static final String REGISTER_ROUTE = "my-organisations/register";
    /** The route parameter carrying an invitation's secret token. */
    public static final String TOKEN = "token";
    /** Where an invited person accepts (or declines) an invitation to an organisation's staff. */
    public static final String INVITATION_ROUTE = "staff-invitation/:" + TOKEN;

    private DirectoryLinks() {
    }

    public static String profile(UUID organisationId) {
        return "/" + PROFILE_ROUTE.replace(":" + ORGANISATION_ID, organisationId.toString());
    }

    public static String editor(UUID organisationId) {
        return "/" + EDITOR_ROUTE.replace(":" + ORGANISATION_ID, organisationId.toString());
    }

    public static String invitation(String token) {
        return "/" + INVITATION_ROUTE.replace(":" + TOKEN, token);
    }
}
