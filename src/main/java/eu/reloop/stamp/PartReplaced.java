package eu.reloop.stamp;

/** A part the centre replaced, and whether it is an original or a compatible one. */
public record PartReplaced(String part, boolean original) {
}
