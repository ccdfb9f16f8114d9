package eu.reloop.impact;

/**
 * An open-data export another module publishes under {@code /api/v1/open-data/} (a Spring bean), so that the open-data
 * page and the catalogue list it beside the impact module's own without depending on that module.
 */
public interface OpenDataExport {

    /** The export's path below {@code /api/v1/open-data/}: JSON there, CSV at {@link #csvPath()}. */
    String path();

    String csvPath();

    String title();

    /** The translation key of its description for people. */
    String descriptionKey();
}
