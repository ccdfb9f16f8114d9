package eu.reloop.directory;

/** One service a site offers for one device category, such as repair of phones. */
public record Offering(String categoryCode, OfferedService service) {
}
