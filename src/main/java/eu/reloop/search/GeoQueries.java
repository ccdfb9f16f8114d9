package eu.reloop.search;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import eu.reloop.geo.GeoPoint;

/**
 * The location part of every search, on the {@code location} field: within a radius, and the distance
 * in kilometres as a sort value, on the arc (as {@link GeoPoint#distanceKm} computes it).
 */
final class GeoQueries {

    private GeoQueries() {
    }

    static Query within(GeoPoint origin, double radiusKm) {
        return Query.of(q -> q.geoDistance(g -> g.field("location").location(location(origin))
                .distance(radiusKm + "km").distanceType(GeoDistanceType.Arc)));
    }

    /**
     * Scores by nearness, {@code pivot / (pivot + distance)}: the nearest scores highest, so the best-scored
     * hits are the nearest ones, and Lucene can skip the documents too far away to be among them (a sort on
     * the distance has to compute it for every match).
     */
    static Query nearness(GeoPoint origin, double pivotKm) {
        return Query.of(q -> q.distanceFeature(d -> d.geo(g -> g.field("location").origin(location(origin))
                .pivot(pivotKm + "km"))));
    }

    static SortOptions nearestFirst(GeoPoint origin) {
        return SortOptions.of(o -> o.geoDistance(g -> g.field("location").location(location(origin))
                .order(SortOrder.Asc).unit(DistanceUnit.Kilometers).distanceType(GeoDistanceType.Arc)));
    }

    private static GeoLocation location(GeoPoint point) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.latitude()).lon(point.longitude())));
    }
}
