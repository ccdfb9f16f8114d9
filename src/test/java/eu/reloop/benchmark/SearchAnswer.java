package eu.reloop.benchmark;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** What one way of searching answered: the hits (sites or listings) in order with their distance, and the total. */
record SearchAnswer(List<Hit> hits, long total) {

    /** Distances closer than this count as a tie, whose order is arbitrary (Elasticsearch rounds coordinates to cm). */
    static final double TIE_METRES = 0.5;

    record Hit(String id, double distanceMetres) {
    }

    /** A page of the public API: the hits' {@code idField} and {@code distanceKm}, and {@code total}. */
    static SearchAnswer ofApi(JsonNode page, String idField) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : page.path("hits")) {
            hits.add(new Hit(hit.path(idField).asText(), hit.path("distanceKm").asDouble() * 1000));
        }
        return new SearchAnswer(hits, page.path("total").asLong());
    }

    /** Elasticsearch's {@code hits} object, of a search whose last sort value is the distance in km. */
    static SearchAnswer ofElasticsearch(JsonNode result) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : result.path("hits")) {
            JsonNode sort = hit.path("sort");
            hits.add(new Hit(hit.path("_id").asText(), sort.path(sort.size() - 1).asDouble() * 1000));
        }
        return new SearchAnswer(hits, result.path("total").path("value").asLong());
    }

    /**
     * The same hits in the same order, except that hits at the same distance may swap places, and a tie at
     * the end of the page may be broken either way.
     */
    boolean sameHitsAs(SearchAnswer other) {
        if (hits.size() != other.hits.size()) {
            return false;
        }
        for (int i = 0; i < hits.size(); i++) {
            Hit mine = hits.get(i);
            Hit theirs = other.hits.get(i);
            if (!mine.id().equals(theirs.id())
                    && Math.abs(mine.distanceMetres() - theirs.distanceMetres()) > TIE_METRES) {
                return false;
            }
        }
        return true;
    }

    /** The first position where the two differ, to show what went wrong. */
    String firstDifference(SearchAnswer other) {
        int common = Math.min(hits.size(), other.hits.size());
        for (int i = 0; i < common; i++) {
            if (!hits.get(i).id().equals(other.hits.get(i).id())) {
                return "#" + i + ": " + hits.get(i) + " vs " + other.hits.get(i);
            }
        }
        return hits.size() + " hits vs " + other.hits.size();
    }
}
