package eu.reloop.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document types users may upload, recognised by their first bytes: a renamed executable called
 * {@code insurance.pdf} does not start like a PDF and is refused whatever its name or the browser claims.
 */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final byte[] signature;

    DocumentType(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** Photos: what a page can show as an image. */
    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<DocumentType> recognise(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length > type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
