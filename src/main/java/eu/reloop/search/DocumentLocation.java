package eu.reloop.search;

import eu.reloop.geo.GeoPoint;

/** A position as a {@code geo_point} field holds it. */
record DocumentLocation(double lat, double lon) {

    static DocumentLocation of(GeoPoint point) {
        return new DocumentLocation(point.latitude(), point.longitude());
    }

    GeoPoint point() {
        return new GeoPoint(lat, lon);
    }
}
