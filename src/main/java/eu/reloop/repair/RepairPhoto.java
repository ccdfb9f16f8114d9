package eu.reloop.repair;

/** A photo of the fault, as served: JPEG or PNG, by its content. */
public record RepairPhoto(String contentType, byte[] content) {
}
