package eu.reloop.shared;

/** A stored photo (of a listing, a warranty claim or a repair request) as it is served: JPEG or PNG, by its content. */
public record Photo(String contentType, byte[] content) {

    /**
     * The content type of an uploaded photo, JPEG or PNG by its content and at most {@code maxBytes}; else refused with
     * {@code <errors>.photo-too-large} or {@code <errors>.photo-type} on the field named.
     */
    public static String contentTypeOf(byte[] content, int maxBytes, String field, String errors) {
        if (content.length > maxBytes) {
            throw RefusedException.onField(field, errors + ".photo-too-large");
        }
        return DocumentType.recognise(content).filter(DocumentType::isImage)
                .orElseThrow(() -> RefusedException.onField(field, errors + ".photo-type")).contentType();
    }
}
