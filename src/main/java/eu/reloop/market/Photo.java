package eu.reloop.market;

/** A stored photo (of a listing or of a warranty claim) as it is served: JPEG or PNG, by its content. */
public record Photo(String contentType, byte[] content) {
}
