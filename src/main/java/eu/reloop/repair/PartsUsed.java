package eu.reloop.repair;

/** Spare parts a repair used: none, the maker's original parts, or compatible ones. */
public enum PartsUsed {
    NONE, ORIGINAL, COMPATIBLE
}
