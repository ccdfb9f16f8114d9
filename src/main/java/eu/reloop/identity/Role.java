package eu.reloop.identity;

/**
 * What a user does on ReLoop. The names double as Spring Security roles; the {@code *_NAME} constants
 * are for annotations such as {@code @RolesAllowed(Role.ADMIN_NAME)}.
 */
public enum Role {
    CONSUMER, REUSE_CENTRE, REPAIRER, CERTIFIER, ADMIN;

    public static final String CONSUMER_NAME = "CONSUMER";
    public static final String REUSE_CENTRE_NAME = "REUSE_CENTRE";
    public static final String REPAIRER_NAME = "REPAIRER";
    public static final String CERTIFIER_NAME = "CERTIFIER";
    public static final String ADMIN_NAME = "ADMIN";

    /** The authority Spring Security checks, for example {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
