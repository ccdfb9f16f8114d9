package eu.reloop.market;

import eu.reloop.shared.DocumentType;
import eu.reloop.shared.RefusedException;

/** A stored photo (of a listing or of a warranty claim) as it is served: JPEG or PNG, by its content. */
public record Photo(String contentType, byte[] content) {

    /**
     * The content type of an uploaded photo, JPEG or PNG by its content and at most {@code maxBytes}; else
     * refused with {@code <errors>.photo-too-large} or {@code <errors>.photo-type} on the photos field.
     */
    static String contentTypeOf(byte[] content, int maxBytes, String errors) {
        if (content.length > maxBytes) {
            throw RefusedException.onField("photos", errors + ".photo-too-large");
        }
        return DocumentType.recognise(content).filter(DocumentType::isImage)
                .orElseThrow(() -> RefusedException.onField("photos", errors + ".photo-type")).contentType();
    }
}
