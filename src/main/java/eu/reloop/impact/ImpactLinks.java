package eu.reloop.impact;

/** The impact pages' routes, in one place, for the views and for other modules that link to them. */
public final class ImpactLinks {

    public static final String IMPACT_ROUTE = "impact";
    public static final String METHOD_ROUTE = "impact/method";
    public static final String MY_IMPACT_ROUTE = "my-impact";
    public static final String OPEN_DATA_ROUTE = "open-data";
    public static final String FACTORS_ROUTE = "admin/impact-factors";

    private ImpactLinks() {
    }

    /** "How we count": the method, the factors and their sources, the limits. */
    public static String method() {
        return "/" + METHOD_ROUTE;
    }
}
