package eu.reloop.stamp;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/**
 * The erasure of a data-bearing item, with the fields of a NIST SP 800-88 certificate of sanitisation; a
 * certificate with a gap is no certificate, so every field is needed.
 */
public record DataErasure(
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String mediaType,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String mediaMake,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String mediaModel,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String mediaSerial,
        @NotNull Method method,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String technique,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String tool,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String toolVersion,
        @NotNull Verification verification,
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String performer,
        @NotNull LocalDate performedOn) {

    /** The tool as certificates and reports name it: "Blancco Drive Eraser 7.9". */
    public String toolAndVersion() {
        return tool + " " + toolVersion;
    }

    public enum Method {
        CLEAR, PURGE, DESTROY
    }

    public enum Verification {
        FULL, SAMPLING
    }
}
