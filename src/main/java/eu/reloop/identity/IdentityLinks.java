package eu.reloop.identity;

/**
 * The pages of accounts, for the views that declare them and for the e-mails that link to them. Routes are
 * relative to the application's root, as the router reads them; the link builders give the absolute path an
 * e-mail needs (the mail module puts the site's address in front).
 */
public final class IdentityLinks {

    /** The route parameter carrying a single-use token from an e-mail. */
    public static final String TOKEN = "token";
    public static final String LOGIN_ROUTE = "login";
    public static final String SIGN_UP_ROUTE = "signup";
    /** Opening it confirms the address the link was sent to. */
    public static final String CONFIRM_EMAIL_ROUTE = "account/confirm/:" + TOKEN;
    public static final String FORGOT_PASSWORD_ROUTE = "account/forgot-password";
    public static final String RESET_PASSWORD_ROUTE = "account/reset-password/:" + TOKEN;
    /** Lifts the pause of an account's sign-in after too many wrong passwords. */
    public static final String RESUME_SIGN_IN_ROUTE = "account/resume-sign-in/:" + TOKEN;
    /** The signed-in person's own account: name, e-mail and password. */
    public static final String ACCOUNT_ROUTE = "account";
    /** Where a signed-in person downloads what ReLoop holds about them, or deletes their account. */
    public static final String MY_DATA = "account/my-data";

    private IdentityLinks() {
    }

    public static String login() {
        return "/" + LOGIN_ROUTE;
    }

    public static String confirmEmail(String token) {
        return "/" + CONFIRM_EMAIL_ROUTE.replace(":" + TOKEN, token);
    }

    public static String forgotPassword() {
        return "/" + FORGOT_PASSWORD_ROUTE;
    }

    public static String resetPassword(String token) {
        return "/" + RESET_PASSWORD_ROUTE.replace(":" + TOKEN, token);
    }

    public static String resumeSignIn(String token) {
        return "/" + RESUME_SIGN_IN_ROUTE.replace(":" + TOKEN, token);
    }
}
