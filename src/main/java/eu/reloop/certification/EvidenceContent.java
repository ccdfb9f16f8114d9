package eu.reloop.certification;

/** The bytes of an evidence document, for download. */
public record EvidenceContent(String fileName, String contentType, byte[] content) {
}
