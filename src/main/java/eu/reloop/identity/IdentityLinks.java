package eu.reloop.identity;

/**
 * The identity pages that links lead to from outside the application (e-mails, the operator's console):
 * paths relative to the application's root, as the router and {@code SiteProperties.link} read them.
 */
public final class IdentityLinks {

    /** The route parameter carrying a single-use token. */
    public static final String TOKEN = "token";
    /** Where a single-use link sets a new password. */
    public static final String SET_PASSWORD = "account/set-password/:" + TOKEN;
    /** Where a signed-in person downloads what ReLoop holds about them, or deletes their account. */
    public static final String MY_DATA = "account/my-data";

    private IdentityLinks() {
    }

    public static String setPassword(String token) {
        return SET_PASSWORD.replace(":" + TOKEN, token);
    }
}
