package eu.reloop.benchmark;

import java.util.List;

/** What one way of searching answered: the sites in order with their distance, and the total. */
record SearchAnswer(List<Hit> hits, long total) {

    /** Distances closer than this count as a tie, whose order is arbitrary (Elasticsearch rounds coordinates to cm). */
    static final double TIE_METRES = 0.5;

    record Hit(String siteId, double distanceMetres) {
    }

    /**
     * The same sites in the same order, except that sites at the same distance may swap places, and a tie at
     * the end of the page may be broken either way.
     */
    boolean sameHitsAs(SearchAnswer other) {
        if (hits.size() != other.hits.size()) {
            return false;
        }
        for (int i = 0; i < hits.size(); i++) {
            Hit mine = hits.get(i);
            Hit theirs = other.hits.get(i);
            if (!mine.siteId().equals(theirs.siteId())
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
            if (!hits.get(i).siteId().equals(other.hits.get(i).siteId())) {
                return "#" + i + ": " + hits.get(i) + " vs " + other.hits.get(i);
            }
        }
        return hits.size() + " hits vs " + other.hits.size();
    }
}
