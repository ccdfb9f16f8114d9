package eu.reloop.directory;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The time zone a site keeps its opening hours in, by its country. */
public final class SiteTimeZones {

    private static final Map<String, ZoneId> BY_COUNTRY = Map.of(
            "NO", ZoneId.of("Europe/Oslo"),
            "DK", ZoneId.of("Europe/Copenhagen"),
            "SE", ZoneId.of("Europe/Stockholm"),
            "FI", ZoneId.of("Europe/Helsinki"),
            "IS", ZoneId.of("Atlantic/Reykjavik"));

    /** Every zone a site can be in; search asks "open now" once per zone. */
    public static final List<ZoneId> ALL = List.copyOf(BY_COUNTRY.values());

    private SiteTimeZones() {
    }

    public static ZoneId of(String country) {
        ZoneId zone = BY_COUNTRY.get(country);
        if (zone == null) {
            throw new IllegalArgumentException("ReLoop has no sites in country " + country);
        }
        return zone;
    }
}
