package eu.reloop.impact;

/** The impact pages' routes, in one place, for the views and for other modules that link to them. */
public final class ImpactLinks {

    public static final String IMPACT_ROUTE = "impact";
    public static final String METHOD_ROUTE = "impact/method";
    public static final String MY_IMPACT_ROUTE = "my-impact";
    public static final String OPEN_DATA_ROUTE = "open-data";
    public static final String FACTORS_ROUTE = "admin/impact-factors";
    /** Where every open-data export is published, this module's and the others'. */
    public static final String OPEN_DATA_API = "/api/v1/open-data";

    private ImpactLinks() {
    }

    /** An export below {@link #OPEN_DATA_API}, such as {@code impact?format=csv}. */
    public static String openData(String path) {
        return OPEN_DATA_API + "/" + path;
    }

    /** A published factor table as CSV. */
    public static String factorTable(int version) {
        return openData("impact-factors/" + version);
    }

    /** "How we count": the method, the factors and their sources, the limits. */
    public static String method() {
        return "/" + METHOD_ROUTE;
    }
}
