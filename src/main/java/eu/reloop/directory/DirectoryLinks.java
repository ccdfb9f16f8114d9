package eu.reloop.directory;

import java.util.UUID;

/**
 * The directory's pages, for the views that declare them and for everything that links to them: paths
 * relative to the application's root, as the router and a page's base address read them.
 */
public final class DirectoryLinks {

    /** The route parameter naming the organisation in both pages. */
    public static final String ORGANISATION_ID = "organisationId";
    /** An organisation's public profile. */
    public static final String PROFILE_ROUTE = "organisations/:" + ORGANISATION_ID;
    /** Where staff keep their organisation's details and sites up to date. */
    public static final String EDITOR_ROUTE = "my-organisation/:" + ORGANISATION_ID;

    private DirectoryLinks() {
    }

    public static String profile(UUID organisationId) {
        return PROFILE_ROUTE.replace(":" + ORGANISATION_ID, organisationId.toString());
    }

    public static String editor(UUID organisationId) {
        return EDITOR_ROUTE.replace(":" + ORGANISATION_ID, organisationId.toString());
    }
}
