package eu.reloop.geo;

/** A named town or city of the gazetteer, with its region and ISO country code (NO, SE, DK, FI, IS). */
public record Place(String name, String region, String country, GeoPoint location) {

    /**
     * How the place is shown to users, e.g. "Bergen, Vestland (NO)". The region is left out where it only
     * repeats the name ("Oslo (NO)").
     */
    public String label() {
        if (region.isBlank() || region.equals(name)) {
            return name + " (" + country + ")";
        }
        return name + ", " + region + " (" + country + ")";
    }
}
