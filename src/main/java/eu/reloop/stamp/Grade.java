package eu.reloop.stamp;

/**
 * Cosmetic grades with measurable definitions (the translations give them to buyers): Premium, no
 * visible marks; Excellent, marks invisible from 20 cm; Good, invisible from 50 cm; Fair, visible marks.
 */
public enum Grade {
    PREMIUM, EXCELLENT, GOOD, FAIR
}
